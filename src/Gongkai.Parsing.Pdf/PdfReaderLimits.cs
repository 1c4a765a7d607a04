namespace Gongkai.Parsing.Pdf;

/// <summary>Bounds that keep a hostile or broken PDF from taking unbounded time or memory.</summary>
public sealed record PdfReaderLimits
{
    /// <summary>The defaults.</summary>
    public static PdfReaderLimits Default { get; } = new();

    /// <summary>Most pages read; a report has 3–20.</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>Most letters read per page.</summary>
    public int MaxLettersPerPage { get; init; } = 20_000;

    /// <summary>Most ruling segments considered per page for finding tables.</summary>
    public int MaxRulingsPerPage { get; init; } = 3_000;

    /// <summary>How deep PdfPig may nest while parsing objects.</summary>
    public int MaxStackDepth { get; init; } = 200;
}
