namespace Gongkai.Parsing.Xlsx;

/// <summary>Bounds that keep a hostile workbook (zip bomb, millions of cells, huge merges) from taking unbounded memory or time.</summary>
public sealed record XlsxReaderLimits
{
    /// <summary>The defaults.</summary>
    public static XlsxReaderLimits Default { get; } = new();

    /// <summary>Largest uncompressed size read from one part (a worksheet, the shared strings).</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most entries in the ZIP container.</summary>
    public int MaxEntries { get; init; } = 5_000;

    /// <summary>Most sheets read.</summary>
    public int MaxSheets { get; init; } = 256;

    /// <summary>Most non-empty cells read over the whole workbook. A report's tables have under 500.</summary>
    public int MaxCells { get; init; } = 500_000;

    /// <summary>Most grid positions one table may expand to (rows × columns).</summary>
    public int MaxTableCells { get; init; } = 200_000;
}
