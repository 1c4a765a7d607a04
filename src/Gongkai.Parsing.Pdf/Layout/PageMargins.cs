namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// The body's left and right margins across a document's pages, for a page that does not show its own: one too short,
/// or one whose lines are all short (a table printed one cell per line runs nowhere near the right margin, and its
/// widest cell must not pass for a line that wraps).
/// </summary>
internal static class PageMargins
{
    /// <summary>A page with fewer lines than this (outside tables, chrome set apart) takes its margins from the document.</summary>
    public const int MinLines = 5;

    /// <summary>
    /// For each page, from the pages as wide as it that have at least <see cref="MinLines"/> lines: the median of
    /// their left edges, and the furthest right edge that two lines of one page reach (two, so that one line wider
    /// than the body on one page moves nothing; the furthest, since on pages of short lines none reaches the
    /// margin); null when there is no such page.
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
            edges.Rights.Add(lines.Select(l => l.Right).OrderDescending().ElementAt(1));
        }

        return pages.Select(page => byWidth.TryGetValue((long)Math.Round(page.Width), out var edges)
            ? ((double Left, double Right)?)(Median(edges.Lefts), edges.Rights.Max())
            : null).ToList();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
