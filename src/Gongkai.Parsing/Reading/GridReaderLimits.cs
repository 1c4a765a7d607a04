namespace Gongkai.Parsing.Reading;

/// <summary>The bounds of a reader whose tables are grids with merged cells (HTML, DOCX, XLSX).</summary>
/// <typeparam name="TSelf">The format's limits record.</typeparam>
public abstract record GridReaderLimits<TSelf> : FormatReaderLimits<TSelf>
    where TSelf : GridReaderLimits<TSelf>, new()
{
    /// <summary>Most grid positions one table may expand to (rows × columns), merged cells counted as the positions they cover.</summary>
    public int MaxTableCells { get; init; } = 200_000;
}
