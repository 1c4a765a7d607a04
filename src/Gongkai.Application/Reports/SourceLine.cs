namespace Gongkai.Application.Reports;

/// <summary>One line of a source file as its reader numbered it: a paragraph, or a table row's cells.</summary>
/// <param name="Line">The line number the reader gave it (the one the value's source names).</param>
/// <param name="Page">Its page, 0 when the format has none.</param>
/// <param name="Cells">Its text: one cell for a paragraph, each cell for a table row.</param>
/// <param name="MarkedCell">The 1-based cell holding the value, or 0 when the value is not on this line.</param>
public sealed record SourceLine(int Line, int Page, IReadOnlyList<string> Cells, int MarkedCell = 0)
{
    /// <summary>Whether the value was read from this line.</summary>
    public bool IsMarked => MarkedCell > 0;
}
