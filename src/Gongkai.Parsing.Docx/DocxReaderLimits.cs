using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx;

/// <summary>Bounds that keep a hostile DOCX (zip bomb, deep nesting, huge tables) from taking unbounded memory or time.</summary>
public sealed record DocxReaderLimits : OfficeZipReaderLimits<DocxReaderLimits>
{
    /// <summary>Deepest nesting of tables inside table cells that is read.</summary>
    public int MaxTableDepth { get; init; } = 8;
}
