namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>The body's left and right margins across a document's pages, for a page too short to show its own.</summary>
internal static class PageMargins
{
    /// <summary>A page with fewer lines than this (outside tables, chrome set apart) takes its margins from the document.</summary>
    public const int MinLines = 5;

    /// <summary>
    /// For each page, the median left and right edges of the lines of the pages as wide as it that have at least
    /// <see cref="MinLines"/> lines (the median, so that one wide line on one page moves nothing); null when there
    /// is no such page.
    /// </summary>
    public static IReadOnlyList<(double Left, double Right)?> Of(IReadOnlyList<PageDraft> pages, IReadOnlySet<GlyphLine> chrome)
    {
        var byWidth = new Dictionary<long, (List<double> Lefts, List<double> Rights)>();
        foreach (var page in pages)
        {
            var lines = page.Lines.Where(l => !chrome.Contains(l)).ToList();
            if (lines.Count < MinLines)
            {
                continue;
            }

            var width = (long)Math.Round(page.Width);
            if (!byWidth.TryGetValue(width, out var edges))
            {
                byWidth[width] = edges = ([], []);
            }

            edges.Lefts.Add(lines.Min(l => l.Left));
            edges.Rights.Add(lines.Max(l => l.Right));
        }

        return pages.Select(page => byWidth.TryGetValue((long)Math.Round(page.Width), out var edges)
            ? ((double Left, double Right)?)(Median(edges.Lefts), Median(edges.Rights))
            : null).ToList();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
