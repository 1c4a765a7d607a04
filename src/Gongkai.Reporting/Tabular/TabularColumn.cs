namespace Gongkai.Reporting.Tabular;

/// <summary>A column of a <see cref="TabularSheet"/>: its header, its type and, optionally, its width.</summary>
/// <param name="Header">The header cell's text.</param>
/// <param name="Type">What the column's cells hold.</param>
/// <param name="Width">
/// The width in characters of the workbook's default font; null to estimate it from the header (a CJK character
/// counts as two). CSV has no widths and ignores it.
/// </param>
public sealed record TabularColumn(string Header, TabularType Type, double? Width = null)
{
    /// <summary>
    /// Where the allowed values of the column's cells are listed, as a range formula such as <c>'说明'!$E$2:$E$7</c>:
    /// the XLSX writer offers them as a drop-down list (data validation, warning on other values) over the data rows.
    /// CSV ignores it.
    /// </summary>
    public string? ListSource { get; init; }
}
