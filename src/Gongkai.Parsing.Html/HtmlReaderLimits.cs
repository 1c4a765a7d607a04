namespace Gongkai.Parsing.Html;

/// <summary>Bounds that keep a hostile or broken page from taking unbounded time or memory.</summary>
public sealed record HtmlReaderLimits
{
    /// <summary>The defaults.</summary>
    public static HtmlReaderLimits Default { get; } = new();

    /// <summary>Largest page read (bytes). A report page is 20–500 KB.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest element nesting the parser builds; deeper content is flattened.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Most grid positions of one table after expanding rowspan and colspan.</summary>
    public int MaxTableCells { get; init; } = 200_000;
}
