using UglyToad.PdfPig.Content;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Today's ruling detector: stroked axis-aligned segments and thin filled rectangles of the page's paths (<see cref="RulingExtractor"/>).</summary>
public sealed class PathRulingDetector : IRulingDetector
{
    /// <summary>A detector with the given thresholds.</summary>
    public PathRulingDetector(RulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The detector with <see cref="RulingOptions.Default"/>.</summary>
    public static PathRulingDetector Default { get; } = new(RulingOptions.Default);

    /// <summary>The thresholds this detector uses.</summary>
    public RulingOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<Ruling> Detect(Page page, int maxSegments) => RulingExtractor.Extract(page, maxSegments, Options);
}
