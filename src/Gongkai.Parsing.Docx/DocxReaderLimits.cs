namespace Gongkai.Parsing.Docx;

/// <summary>Bounds that keep a hostile DOCX (zip bomb, deep nesting, huge tables) from taking unbounded memory or time.</summary>
public sealed record DocxReaderLimits
{
    /// <summary>The defaults.</summary>
    public static DocxReaderLimits Default { get; } = new();

    /// <summary>Largest uncompressed size read from one part (document.xml, styles.xml).</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most entries in the ZIP container.</summary>
    public int MaxEntries { get; init; } = 5_000;

    /// <summary>Deepest nesting of tables inside table cells that is read.</summary>
    public int MaxTableDepth { get; init; } = 8;

    /// <summary>Most cells of one table (rows × grid columns).</summary>
    public int MaxTableCells { get; init; } = 200_000;
}
