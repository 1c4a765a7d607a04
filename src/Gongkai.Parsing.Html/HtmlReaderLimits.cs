using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Html;

/// <summary>Bounds that keep a hostile or broken page from taking unbounded time or memory.</summary>
public sealed record HtmlReaderLimits : GridReaderLimits<HtmlReaderLimits>
{
    /// <summary>Largest page read (bytes). A report page is 20–500 KB.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Deepest element nesting read: tags nested deeper are removed before parsing (their text is kept), and the
    /// parser flattens its tree at the same depth. A report page nests 10–40 levels.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Most elements (start tags) in a page; past it the page is refused, since the parsed tree takes about 40 times
    /// the page's bytes. A report page has 2,000–20,000.
    /// </summary>
    public int MaxElements { get; init; } = 250_000;
}
