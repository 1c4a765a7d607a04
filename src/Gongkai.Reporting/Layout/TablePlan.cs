namespace Gongkai.Reporting.Layout;

/// <summary>
/// How a laid-out table is set on a page, shared by the Word and HTML writers: column widths measured from the
/// cells' text, the header rows to repeat after a page break, which rows to keep with the next one, and which
/// label cells stack their characters down a narrow column.
/// </summary>
/// <remarks>
/// The real reports make value columns just wide enough for their figures and for their headers in short lines
/// (自然人 on one line, 商业/企业 on two) and give the rest to the row labels (table 三: a narrow column for
/// 三、本年度办理结果, a column for the （三）–（六） group labels, a wide one for the items); table 四's fifteen
/// columns share A4's width in portrait with their labels in lines of two characters. Widths are in ems of the
/// table's font.
/// </remarks>
internal sealed class TablePlan
{
    /// <summary>Space a cell needs besides its text (left and right cell margins), in ems.</summary>
    public const double CellPadding = 0.9;

    /// <summary>The narrowest a value column gets: two characters of its header on a line.</summary>
    private const double MinValueText = 2;

    /// <summary>The narrowest a wrapped label column gets: four characters on a line.</summary>
    private const double MinLabelText = 4;

    /// <summary>A table of more columns than this is set a size smaller (小五 rather than 五号), as agencies set tables 三 and 四.</summary>
    private const int MaxRegularColumns = 8;

    /// <summary>A block of at most this many rows (an item of table 二, table 四) is kept on one page.</summary>
    private const int MaxKeptBlock = 8;

    private TablePlan(double[] widths, int headerRows, bool[] keepWithNext, HashSet<LaidOutCell> stacked)
    {
        Widths = widths;
        HeaderRows = headerRows;
        KeepWithNext = keepWithNext;
        Stacked = stacked;
    }

    /// <summary>Each grid column's width in ems; they add up to the width the plan was made for.</summary>
    public IReadOnlyList<double> Widths { get; }

    /// <summary>How many rows at the top are the table's one header, repeated on every page; 0 when it has several (table 二).</summary>
    public int HeaderRows { get; }

    /// <summary>For each row, whether it stays on the page of the row after it.</summary>
    public IReadOnlyList<bool> KeepWithNext { get; }

    /// <summary>Label cells alone in their column and spanning many rows, set one character per line down a narrow column (三、本年度办理结果).</summary>
    public IReadOnlySet<LaidOutCell> Stacked { get; }

    /// <summary>Whether <paramref name="table"/> has so many columns that it is set in the smaller size.</summary>
    public static bool IsDense(LaidOutTable table) => table.Columns > MaxRegularColumns;

    /// <summary>The plan for <paramref name="table"/> across <paramref name="width"/> ems.</summary>
    public static TablePlan For(LaidOutTable table, double width)
    {
        ArgumentNullException.ThrowIfNull(table);
        var starts = table.Placed().Select(p => (p.Cell, p.Column)).ToList();
        var stacked = starts.Where(s => s.Cell.ColumnSpan == 1).GroupBy(s => s.Column).Where(g => g.Count() == 1).Select(g => g.Single().Cell)
            .Where(c => c.IsLabel && c.RowSpan >= 4 && c.Text.Length <= 2 * c.RowSpan)
            .ToHashSet();
        var isValueColumn = new bool[table.Columns];
        foreach (var (cell, column) in starts.Where(s => !s.Cell.IsLabel && s.Cell.ColumnSpan == 1))
        {
            isValueColumn[column] = true;
        }

        var widths = MeasureWidths(table.Columns, width, starts, isValueColumn, stacked);
        var (headerRows, keep) = Rows(table);
        return new TablePlan(widths, headerRows, keep, stacked);
    }

    /// <summary>The width of <paramref name="text"/> on one line, in ems: Chinese characters one, Latin letters and digits half.</summary>
    public static double TextWidth(string text) => text.Sum(c => c < 0x2E80 && c is not ('—' or '“' or '”' or '…') ? 0.5 : 1.0);

    private static double[] MeasureWidths(int columns, double width, List<(LaidOutCell Cell, int Column)> starts, bool[] isValueColumn, HashSet<LaidOutCell> stacked)
    {
        // What each column needs: a label column its longest label on one line (a stacked one a character), a value
        // column its widest figure and its header in even lines.
        var need = new double[columns];
        foreach (var (cell, column) in starts.Where(s => s.Cell.ColumnSpan == 1))
        {
            var text = stacked.Contains(cell) ? 1
                : !cell.IsLabel ? TextWidth(cell.Text)
                : isValueColumn[column] ? HeaderWidth(cell.Text)
                : TextWidth(cell.Text);
            need[column] = Math.Max(need[column], Math.Max(isValueColumn[column] ? MinValueText : 0, text) + CellPadding);
        }

        var values = Enumerable.Range(0, columns).Where(c => isValueColumn[c]).ToList();
        var labels = Enumerable.Range(0, columns).Where(c => !isValueColumn[c]).ToList();
        var widths = new double[columns];
        if (values.Count == 0)
        {
            Array.Fill(widths, width / columns);
            return widths;
        }

        var room = width - values.Sum(c => need[c]);
        if (labels.Sum(c => need[c]) <= room)
        {
            // Everything fits: every column gets an equal share of what is left (table 二's 信息内容 column then takes
            // about a third of the width, as in the official format; table 四's fifteen columns come out equal).
            var share = (room - labels.Sum(c => need[c])) / columns;
            for (var c = 0; c < columns; c++)
            {
                widths[c] = need[c] + share;
            }

            return widths;
        }

        // The widest label columns give way first, down to four characters a line (table 三's items wrap).
        var cap = labels.Count == 0 ? 0 : Cap(labels.Select(c => need[c]).ToList(), room);
        foreach (var c in labels)
        {
            widths[c] = Math.Min(need[c], Math.Max(cap, MinLabelText + CellPadding));
        }

        // The value columns share what is left in proportion to their needs (all of it when the labels could not shrink enough).
        var left = width - labels.Sum(c => widths[c]);
        var needed = values.Sum(c => need[c]);
        foreach (var c in values)
        {
            widths[c] = need[c] / needed * left;
        }

        return widths;
    }

    // A header over a value column: up to three characters on one line (自然人, 总计); a longer one in lines of two
    // (商业/企业, 社会/公益/组织), as the official format sets them; a run of digits or Latin letters unbroken.
    private static double HeaderWidth(string text)
    {
        var width = TextWidth(text);
        return width <= 3 ? width : Math.Max(2, LongestWord(text));
    }

    // The width w such that the columns, each cut down to at most w, fill the room.
    private static double Cap(List<double> natural, double room)
    {
        var sorted = natural.Order().ToList();
        var used = 0.0;
        for (var i = 0; i < sorted.Count; i++)
        {
            var cap = (room - used) / (sorted.Count - i);
            if (cap <= sorted[i])
            {
                return cap;
            }

            used += sorted[i];
        }

        return sorted[^1];
    }

    // A header over a value column breaks anywhere between Chinese characters, but not inside a run of digits or letters.
    private static double LongestWord(string text)
    {
        var longest = 0.0;
        var run = 0.0;
        foreach (var c in text)
        {
            if (c < 0x2E80)
            {
                run += 0.5;
                longest = Math.Max(longest, run);
            }
            else
            {
                run = 0;
                longest = Math.Max(longest, 1);
            }
        }

        return longest;
    }

    // The header is the rows above the first row with a figure. It repeats on each page only when no other label row
    // follows (table 二 starts over with a header per item, which a repeated first header would contradict).
    // A block, a header and the figures under it up to the next label row, is kept on one page when short; of a long
    // one (table 三) the header stays with the first row of figures.
    private static (int HeaderRows, bool[] Keep) Rows(LaidOutTable table)
    {
        var hasValue = table.Rows.Select(r => r.Any(c => !c.IsLabel)).ToArray();
        var keep = new bool[table.Rows.Count];
        var start = 0;
        var blocks = 0;
        while (start < table.Rows.Count)
        {
            var firstValue = start;
            while (firstValue < table.Rows.Count && !hasValue[firstValue])
            {
                firstValue++;
            }

            var end = firstValue;
            while (end < table.Rows.Count && hasValue[end])
            {
                end++;
            }

            var keptUntil = end - start <= MaxKeptBlock ? end - 1 : Math.Min(firstValue, end - 1);
            for (var r = start; r < keptUntil; r++)
            {
                keep[r] = true;
            }

            blocks++;
            start = Math.Max(end, start + 1);
        }

        var header = Array.IndexOf(hasValue, true);
        return (blocks == 1 && header > 0 ? header : 0, keep);
    }
}
