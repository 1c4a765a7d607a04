using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>A cell of table 三 or 四 whose published value is not the count from the cases (before the cases behind it are named).</summary>
/// <param name="Table">Table 三 or 四.</param>
/// <param name="Row">The cell's row.</param>
/// <param name="Column">The cell's column.</param>
/// <param name="Published">The published value; <see langword="null"/> when the cell is blank, unreadable or missing.</param>
/// <param name="Computed">The count from the cases.</param>
public sealed record CaseTableDifference(TableKind Table, RowKey Row, ColumnKey Column, decimal? Published, decimal Computed);
