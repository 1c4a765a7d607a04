namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// A ruled table cut by a page break whose rest on the next page is too small to be a grid of its own (a single
/// ruled row, or rows whose rules the printer left out): the lines at the top of the next page are read in the
/// columns of the table the page before ends with, so that their numbers do not glue and they stay one table.
/// </summary>
internal static class TableContinuation
{
    /// <summary>How far (points) a column edge may lie from where the same edge lies in another row.</summary>
    public const double EdgeTolerance = 2;

    /// <summary>The column edges of the table <paramref name="page"/> ends with (nothing but chrome below it), or null.</summary>
    public static double[]? EndingColumns(PageDraft page, IReadOnlySet<GlyphLine> chrome)
    {
        if (page.Tables.Count == 0)
        {
            return null;
        }

        var last = page.Tables.MinBy(t => t.Bounds.Bottom)!;
        if (last.CellBoxes is null || last.Cells.Length == 0 || page.Lines.Any(l => !chrome.Contains(l) && l.Top < last.Bounds.Bottom))
        {
            return null;
        }

        // Positions a merged cell covers have no box of their own (an empty one).
        var edges = new List<double>();
        foreach (var x in last.CellBoxes.SelectMany(r => r).Where(b => b.Right > b.Left).SelectMany(b => new[] { b.Left, b.Right }).Order())
        {
            if (edges.Count == 0 || x - edges[^1] > EdgeTolerance)
            {
                edges.Add(x);
            }
        }

        return edges.Count - 1 == last.Cells[0].Length ? [.. edges] : null;
    }

    /// <summary>
    /// The rows that continue a table of columns <paramref name="edges"/>: the page's first lines (above any table
    /// on it) that lie within the table's width and have at least two cells, one a number; null when the first
    /// line is not such a row. A line's part that covers several columns stays whole in its first column (a
    /// merged label) unless it is all numbers, which are cut at the column edges.
    /// </summary>
    public static (TableItem Table, List<GlyphLine> Used)? Rows(IReadOnlyList<GlyphLine> lines, IReadOnlyList<PageTable> tables, double[] edges)
    {
        var rows = new List<string[]>();
        var boxes = new List<Box[]>();
        var used = new List<GlyphLine>();
        var firstTable = tables.Count == 0 ? double.MinValue : tables.Max(t => t.Bounds.Top);
        foreach (var line in lines)
        {
            if (line.Bottom < firstTable || line.Left < edges[0] - EdgeTolerance || line.Right > edges[^1] + EdgeTolerance || Row(line, edges) is not { } row)
            {
                break;
            }

            rows.Add(row);
            boxes.Add([.. Enumerable.Range(0, edges.Length - 1).Select(c => new Box(edges[c], line.Bottom, edges[c + 1], line.Top))]);
            used.Add(line);
        }

        return rows.Count == 0 ? null : (new TableItem(used[0].Top, [.. rows], [.. boxes]), used);
    }

    private static string[]? Row(GlyphLine line, double[] edges)
    {
        var cells = new string[edges.Length - 1];
        Array.Fill(cells, "");
        var numbers = 0;
        var filled = 0;
        foreach (var part in line.Cells())
        {
            var glyphs = line.Glyphs.Where(g => g.CenterX >= part.Left && g.CenterX <= part.Right).ToList();
            var columns = glyphs.Select(g => Column(g.CenterX, edges)).Distinct().ToList();
            var numeric = part.Text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or ',' or '+' or '-' or '%');
            if (columns.Count > 1 && numeric)
            {
                foreach (var group in glyphs.GroupBy(g => Column(g.CenterX, edges)))
                {
                    if (!Put(cells, group.Key, string.Concat(group.Select(g => g.Value))))
                    {
                        return null;
                    }

                    numbers++;
                    filled++;
                }
            }
            else
            {
                if (!Put(cells, columns.Min(), part.Text))
                {
                    return null;
                }

                numbers += numeric ? 1 : 0;
                filled++;
            }
        }

        return filled >= 2 && numbers >= 1 ? cells : null;
    }

    private static bool Put(string[] cells, int column, string text)
    {
        if (cells[column].Length > 0)
        {
            return false;
        }

        cells[column] = text.Trim();
        return true;
    }

    private static int Column(double x, double[] edges)
    {
        for (var c = 1; c < edges.Length - 1; c++)
        {
            if (x < edges[c])
            {
                return c - 1;
            }
        }

        return edges.Length - 2;
    }
}
