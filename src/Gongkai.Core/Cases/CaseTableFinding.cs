using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>A cell where a published report differs from the tables built from the cases.</summary>
/// <param name="Table">Table 三 or 四.</param>
/// <param name="Row">The cell's row.</param>
/// <param name="Column">The cell's column.</param>
/// <param name="Published">The published value; <see langword="null"/> when the cell is blank, unreadable or missing.</param>
/// <param name="Computed">The count from the cases.</param>
/// <param name="CaseIds">The cases behind the computed count.</param>
/// <param name="Message">The finding for the user, naming the cell by its template labels and the case numbers (Chinese).</param>
public sealed record CaseTableFinding(TableKind Table, RowKey Row, ColumnKey Column, decimal? Published, decimal Computed, IReadOnlyList<string> CaseIds, string Message);
