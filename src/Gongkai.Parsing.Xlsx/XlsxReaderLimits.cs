using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>Bounds that keep a hostile workbook (zip bomb, millions of cells, huge merges) from taking unbounded memory or time.</summary>
public sealed record XlsxReaderLimits : OfficeZipReaderLimits<XlsxReaderLimits>
{
    /// <summary>Most sheets read.</summary>
    public int MaxSheets { get; init; } = 256;

    /// <summary>Most non-empty cells read over the whole workbook. A report's tables have under 500.</summary>
    public int MaxCells { get; init; } = 500_000;
}
