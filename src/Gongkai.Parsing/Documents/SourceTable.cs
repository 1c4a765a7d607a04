using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>A table as a reader found it: rows of cells.</summary>
/// <param name="Rows">The rows in order.</param>
/// <param name="Source">Where the table starts.</param>
/// <param name="IsGrid">
/// Whether the table is a true grid: every row has the same number of cells and cell <c>i</c> of every row is in
/// the same column (merged cells expanded). True for Markdown pipe tables, HTML and DOCX tables; false for text
/// whose rows were split on tabs or spaces, where empty cells may be missing or added.
/// </param>
public sealed record SourceTable(IReadOnlyList<SourceRow> Rows, SourceRef Source, bool IsGrid = false) : Block(Source)
{
    /// <summary>The number of columns of a grid (0 when <see cref="IsGrid"/> is false).</summary>
    public int Width => IsGrid && Rows.Count > 0 ? Rows[0].Cells.Count : 0;
}
