using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Pdf;

/// <summary>Bounds that keep a hostile or broken PDF from taking unbounded time or memory.</summary>
/// <remarks>
/// The content limits are checked before PdfPig decodes a page (<see cref="Bounds.PdfContentBudget"/>): a page's
/// content is inflated and its operators counted in a streaming pass, since PdfPig holds a page's decoded content
/// and every operation and letter in it at once (a 1 MB file inflating to 40 million operators took 5 GB and a
/// minute). A real report is far below each: its pages hold 1,500–5,000 operators, 40 KB of content and 2 KB of
/// glyph codes.
/// </remarks>
public sealed record PdfReaderLimits : FormatReaderLimits<PdfReaderLimits>
{
    /// <summary>Most pages read; a report has 3–20.</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>Most letters read per page.</summary>
    public int MaxLettersPerPage { get; init; } = 20_000;

    /// <summary>Most ruling segments considered per page for finding tables.</summary>
    public int MaxRulingsPerPage { get; init; } = 3_000;

    /// <summary>How deep PdfPig may nest while parsing objects.</summary>
    public int MaxStackDepth { get; init; } = 200;

    /// <summary>Largest content stream (page or form) once inflated, in bytes.</summary>
    public long MaxStreamBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Most content inflated for the whole document, counting a stream again for each page or form that draws it.</summary>
    public long MaxDocumentContentBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Most content-stream operators on one page, forms drawn on it included.</summary>
    public long MaxOperatorsPerPage { get; init; } = 500_000;

    /// <summary>Most content-stream operators in the whole document.</summary>
    public long MaxDocumentOperators { get; init; } = 5_000_000;

    /// <summary>Most bytes of text strings (glyph codes, each at most one letter) on one page.</summary>
    public long MaxTextBytesPerPage { get; init; } = 256L * 1024;

    /// <summary>Most bytes of text strings in the whole document.</summary>
    public long MaxDocumentTextBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest nesting of form XObjects drawing forms.</summary>
    public int MaxFormDepth { get; init; } = 12;
}
