using Gongkai.Parsing.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// One page: letters become glyphs in display coordinates; the layout's ruling detector finds the page's rules and
/// its table strategy takes the glyphs inside tables, cell by cell; the other glyphs become lines (cut into cells
/// where a wide gap shows a column of a table without rules), and body lines are joined into paragraphs.
/// </summary>
internal static class PageLayout
{
    /// <summary>The page's items, its running lines (by their shapes alone: one page cannot show repetition) set apart.</summary>
    public static List<PageItem> Read(Page page, PdfReaderLimits limits, PdfLayoutPipeline? layout = null)
    {
        var draft = Lay(page, limits, layout);
        return Finish(draft, PageChrome.Find([draft]), null, null);
    }

    /// <summary>The page's tables and lines, before the document's running headers and footers are known.</summary>
    public static PageDraft Lay(Page page, PdfReaderLimits limits, PdfLayoutPipeline? layout = null)
    {
        layout ??= PdfLayoutPipeline.Default;

        // PdfPig gives letters and paths as the page is displayed, its /Rotate already applied.
        var (glyphs, invisible) = Glyphs(page, limits.MaxLettersPerPage);
        var content = new PageContent(glyphs, layout.Rulings.Detect(page, limits.MaxRulingsPerPage), page.Width, page.Height);
        var found = layout.Tables.Find(content, layout.Lines);
        var items = new List<PageItem>();
        foreach (var table in found.Tables)
        {
            items.Add(new TableItem(table.Bounds.Top, table.Cells, table.CellBoxes));
        }

        if (glyphs.Count == 0 && page.NumberOfImages > 0)
        {
            items.Add(new ImageItem(page.Height, $"第{page.Number}页为图像，没有文字层"));
        }

        return new PageDraft(page.Width, page.Height, items, found.Tables, found.RestLines ?? layout.Lines.Build(found.Rest), glyphs.Count, invisible, page.NumberOfImages);
    }

    /// <summary>
    /// The page's items: its tables, and its lines other than <paramref name="chrome"/> joined into paragraphs. A
    /// page may not show its margins (the signature alone on the last page, a table printed one cell per line): the
    /// document's body <paramref name="margins"/> widen its own. When the page before ends
    /// with a table of columns <paramref name="continued"/>, the first lines that fit them are its rows.
    /// </summary>
    public static List<PageItem> Finish(PageDraft draft, IReadOnlySet<GlyphLine> chrome, (double Left, double Right)? margins, double[]? continued)
    {
        var lines = draft.Lines.Where(l => !chrome.Contains(l)).ToList();
        var items = new List<PageItem>(draft.Items);
        if (continued is not null && TableContinuation.Rows(lines, draft.Tables, continued) is { } rest)
        {
            items.Add(rest.Table);
            lines.RemoveRange(0, rest.Used.Count);
        }

        items.AddRange(Paragraphs(lines, draft.Tables, draft.Width, margins));
        return items;
    }

    // The glyphs, and how many of them are invisible (rendering mode 3, 7: an OCR text layer over a scanned image).
    private static (List<Glyph> Glyphs, int Invisible) Glyphs(Page page, int max)
    {
        var glyphs = new List<Glyph>(Math.Min(page.Letters.Count, max));
        var invisible = 0;
        var seen = new HashSet<(string, int, int)>();
        foreach (var letter in page.Letters)
        {
            if (glyphs.Count >= max)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            var box = LetterBox(letter, size);

            // Fake bold draws a glyph twice at almost the same place: keep one.
            if (seen.Add((letter.Value, (int)Math.Round(box.Left), (int)Math.Round(box.Bottom))))
            {
                glyphs.Add(new Glyph(letter.Value, box.Left, box.Bottom, box.Right, box.Top, size));
                invisible += letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip ? 1 : 0;
            }
        }

        return (glyphs, invisible);
    }

    /// <summary>
    /// Whether <see cref="LetterBox"/> (or the orientation PdfPig gives the letter) depends on the letter's ink box,
    /// not only on its baseline and size: a visible letter without a point size, turned at an angle other than a
    /// quarter, or with no advance (PdfPig then tells its direction from the ink box).
    /// </summary>
    internal static bool BoxReadsInk(Letter letter) =>
        !string.IsNullOrWhiteSpace(letter.Value) &&
        (letter.PointSize <= 0 || letter.TextOrientation == TextOrientation.Other ||
         Math.Abs(letter.StartBaseLine.X - letter.EndBaseLine.X) < ZeroAdvance && Math.Abs(letter.StartBaseLine.Y - letter.EndBaseLine.Y) < ZeroAdvance);

    // PdfPig's tolerance for a baseline's two ends being one point (Letter's orientation).
    private const double ZeroAdvance = 1e-4;

    // The letter's box, built from its baseline and font size rather than its ink (a flat glyph such as 一 would
    // otherwise sit on a line of its own), for each direction text can run in. The minimum width only keeps a
    // zero-width glyph from vanishing: a wider one would swallow the space after a narrow letter (l, i).
    private static Box LetterBox(Letter letter, double size)
    {
        var (start, end) = (letter.StartBaseLine, letter.EndBaseLine);
        var (ascent, descent) = (size * 0.8, size * 0.15);
        var minimum = size * 0.05;
        return letter.TextOrientation switch
        {
            TextOrientation.Horizontal => new Box(start.X, start.Y - descent, Math.Max(end.X, start.X + minimum), start.Y + ascent),
            TextOrientation.Rotate180 => new Box(Math.Min(end.X, start.X - minimum), start.Y - ascent, start.X, start.Y + descent),
            TextOrientation.Rotate90 => new Box(start.X - descent, Math.Min(end.Y, start.Y - minimum), start.X + ascent, start.Y),
            TextOrientation.Rotate270 => new Box(start.X - ascent, start.Y, start.X + descent, Math.Max(end.Y, start.Y + minimum)),
            _ => new Box(letter.BoundingBox.Left, letter.BoundingBox.Bottom, letter.BoundingBox.Right, letter.BoundingBox.Top),
        };
    }

    // A paragraph's first line is indented two ems: one that starts further in and runs to the right margin is set
    // flush right (a signature's date), not wrapped onto the next line.
    private const double MaxIndent = 3;

    // Lines of body text. A line that runs to the right margin continues on the next line when that starts at the
    // left margin right below it (no wider gap, no table between); a centred heading wrapped over two lines is
    // joined too.
    private static IEnumerable<PageItem> Paragraphs(IReadOnlyList<GlyphLine> lines, IReadOnlyList<PageTable> tables, double pageWidth, (double Left, double Right)? margins)
    {
        if (lines.Count == 0)
        {
            yield break;
        }

        var left = Math.Min(lines.Min(l => l.Left), margins?.Left ?? double.MaxValue);
        var right = Math.Max(lines.Max(l => l.Right), margins?.Right ?? double.MinValue);
        var bodySize = lines.Select(l => l.FontSize).Order().ElementAt(lines.Count / 2);
        TextItem? open = null;
        var openBottom = 0.0;
        var openLast = (Left: 0.0, Right: 0.0);
        foreach (var line in lines)
        {
            var cells = line.Cells();
            var text = string.Concat(cells.Select(c => c.Text));
            if (PageFurniture.IsPageNumber(text))
            {
                continue;
            }

            var item = new TextItem(line.Top, line.Bottom, line.Left, line.Right, line.FontSize, text, cells, line.Bottom);
            if (open is not null && cells.Count == 1 && open.Cells.Count == 1 && Math.Abs(open.FontSize - item.FontSize) < 1 &&
                openBottom - line.Top < open.FontSize * 1.2 && !OpensSection(open.Text, text) && !tables.Any(t => t.Bounds.Top <= openBottom && t.Bounds.Top >= line.Top) &&
                (openLast.Right >= right - 1.5 * open.FontSize && open.Left <= left + MaxIndent * open.FontSize && item.Left <= left + 1 || open.FontSize >= bodySize * 1.2 && Centred((item.Left, item.Right), item.FontSize, pageWidth, left, right) && openLast.Right - openLast.Left > pageWidth * 0.4))
            {
                open = open with { Left = Math.Min(open.Left, item.Left), Right = Math.Max(open.Right, item.Right), End = line.Bottom, Text = open.Text + item.Text, Cells = [(open.Text + item.Text, open.Left, item.Right)] };
                openBottom = line.Bottom;
                openLast = (item.Left, item.Right);
                continue;
            }

            if (open is not null)
            {
                yield return open;
            }

            open = item;
            openBottom = line.Bottom;
            openLast = (item.Left, item.Right);
        }

        if (open is not null)
        {
            yield return open;
        }
    }

    // A sentence that ends at the right margin, then a line numbered like a section (二、主动公开政府信息情况): a new
    // paragraph, not the sentence wrapped.
    internal static bool OpensSection(string open, string next)
    {
        var last = open.TrimEnd();
        var first = next.TrimStart();
        return last.Length > 0 && last[^1] is '。' or '！' or '？' or '；' or '”' or '"' &&
               first.Length >= 2 && "一二三四五六七八九十".Contains(first[0], StringComparison.Ordinal) && first[1] == '、';
    }

    // Set in from both margins by the same amount: a centred title, not a justified body line.
    private static bool Centred((double Left, double Right) line, double fontSize, double pageWidth, double left, double right) =>
        Math.Abs(line.Left - (pageWidth - line.Right)) < fontSize * 1.5 &&
        line.Left > left + fontSize && line.Right < right - fontSize;
}
