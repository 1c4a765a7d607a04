namespace Gongkai.Reporting.Tabular;

/// <summary>One table to export: a sheet of a workbook, or a CSV file.</summary>
/// <param name="Name">The sheet name; the XLSX writer makes it valid and unique (see <see cref="XlsxWorkbookWriter"/>).</param>
/// <param name="Columns">The columns, at least one.</param>
/// <param name="Rows">
/// The data rows, enumerated once while writing, so they may be streamed from a query. Each row has one value per
/// column: <see langword="null"/> (an empty cell), <see cref="string"/>, <see cref="int"/>, <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="double"/> or <see cref="DateOnly"/>, as the column's <see cref="TabularType"/> allows.
/// </param>
public sealed record TabularSheet(string Name, IReadOnlyList<TabularColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
