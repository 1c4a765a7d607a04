using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Finds the running headers and footers around a document's pages, so that they become neither the title, the
/// date nor rows, and do not widen the margins paragraphs are joined by. A line is page chrome when it sits at a
/// page's top or bottom edge (among the first or last <see cref="EdgeLines"/> lines, within
/// <see cref="EdgeBand"/> of the page's height) and either
/// <list type="bullet">
/// <item>repeats at the same height (within <see cref="SameHeight"/> points), in the same size and aligned the same
/// way (<see cref="SamePlace"/>) on at least half of the pages, at least two, its page number allowed to change
/// (<see cref="PageFurniture.RunningKey"/>) but holding words, or</item>
/// <item>holds a part shaped like a browser's print header or footer: date and time, address, page x/y
/// (<see cref="PageFurniture.IsPrintChrome"/>).</item>
/// </list>
/// </summary>
internal static class PageChrome
{
    /// <summary>How many lines at each edge of a page may be chrome.</summary>
    public const int EdgeLines = 2;

    /// <summary>The part of the page's height at the top and at the bottom where chrome is printed.</summary>
    public const double EdgeBand = 0.12;

    /// <summary>How far (points) the same running line may move from page to page.</summary>
    public const double SameHeight = 3;

    /// <summary>
    /// A running line is printed in the same size and at the same place on every page: its left edge, right edge or
    /// centre within this many ems of the other's (a page number's digits change its width). The agency in a title
    /// at the top of the first page and in a signature at the top of the last page share text and height, not that.
    /// </summary>
    public const double SamePlace = 1;

    /// <summary>Fewest letters (Latin or CJK) a line repeated across pages needs to be a running line.</summary>
    public const int MinLetters = 2;

    public static IReadOnlySet<GlyphLine> Find(IReadOnlyList<PageDraft> pages)
    {
        var chrome = new HashSet<GlyphLine>(ReferenceEqualityComparer.Instance);
        var edges = new List<(int Page, GlyphLine Line, string Key, double Y)>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var line in EdgeLinesOf(pages[p]))
            {
                var cells = line.Cells();
                if (cells.Any(c => PageFurniture.IsPrintChrome(c.Text)))
                {
                    chrome.Add(line);
                }

                var key = PageFurniture.RunningKey(string.Concat(cells.Select(c => c.Text)));
                var y = line.Top > pages[p].Height / 2 ? pages[p].Height - line.Top : -line.Bottom;
                edges.Add((p, line, key, y));
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        if (pages.Count < 2)
        {
            return chrome;
        }

        // A line of numbers alone (a table's row at the top of two pages) is no running line: it must have words.
        foreach (var group in edges.Where(e => e.Key.Count(char.IsLetter) >= MinLetters).GroupBy(e => e.Key, StringComparer.Ordinal))
        {
            // The same text on many pages: those of its occurrences that share a height with enough others.
            var all = group.ToList();
            foreach (var edge in all)
            {
                if (all.Where(o => Math.Abs(o.Y - edge.Y) <= SameHeight && SameStyle(o.Line, edge.Line)).Select(o => o.Page).Distinct().Count() >= needed)
                {
                    chrome.Add(edge.Line);
                }
            }
        }

        return chrome;
    }

    private static bool SameStyle(GlyphLine a, GlyphLine b)
    {
        var tolerance = SamePlace * Math.Max(a.FontSize, b.FontSize);
        return Math.Abs(a.FontSize - b.FontSize) < 1 &&
               (Math.Abs(a.Left - b.Left) <= tolerance || Math.Abs(a.Right - b.Right) <= tolerance ||
                Math.Abs(a.Left + a.Right - b.Left - b.Right) / 2 <= tolerance);
    }

    private static IEnumerable<GlyphLine> EdgeLinesOf(PageDraft page)
    {
        var lines = page.Lines;
        var band = page.Height * EdgeBand;
        for (var i = 0; i < Math.Min(EdgeLines, lines.Count); i++)
        {
            if (lines[i].Bottom >= page.Height - band && !page.Tables.Any(t => t.Bounds.Top > lines[i].Top))
            {
                yield return lines[i];
            }
        }

        for (var i = Math.Max(EdgeLines, lines.Count - EdgeLines); i < lines.Count; i++)
        {
            if (lines[i].Top <= band && !page.Tables.Any(t => t.Bounds.Bottom < lines[i].Bottom))
            {
                yield return lines[i];
            }
        }
    }
}
