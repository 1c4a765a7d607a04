using UglyToad.PdfPig.Content;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>The first layout step: finds a page's ruling lines (table borders), which table strategies build grids from.</summary>
public interface IRulingDetector
{
    /// <summary>The page's rulings in display coordinates, at most <paramref name="maxSegments"/> of them (a bound from <see cref="PdfReaderLimits"/>).</summary>
    IReadOnlyList<Ruling> Detect(Page page, int maxSegments);
}
