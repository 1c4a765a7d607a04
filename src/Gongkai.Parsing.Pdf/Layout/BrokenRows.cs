using Gongkai.Parsing.Documents;
using System.Text.RegularExpressions;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// A table row broken by a page break: its label ends the table on one page and its numbers open the table on the
/// next (a row whose cells are centred or set at the bottom). The two parts are joined into one row, each cell
/// keeping its own source (the numbers' boxes are on the next page). Or the row's numbers and the first line of its
/// label end the page and the rest of its label opens the next one, under the repeated header (LibreOffice breaks a
/// row between the lines of a cell): the rest is appended to the label.
/// </summary>
internal static partial class BrokenRows
{
    /// <summary>
    /// Joins the first row of the grid at <paramref name="next"/> (the next page's first block) into the last row of
    /// the grid just before it, when that row has words and no values, the first has values and nothing else, and
    /// no column is filled in both.
    /// </summary>
    public static void Join(List<Block> blocks, int next)
    {
        if (next <= 0 || next >= blocks.Count || blocks[next - 1] is not SourceTable { IsGrid: true } above || blocks[next] is not SourceTable { IsGrid: true } below ||
            above.Width != below.Width || above.Rows.Count == 0 || below.Rows.Count == 0)
        {
            return;
        }

        var (label, values) = (above.Rows[^1], below.Rows[0]);
        var labelOnly = label.Cells.Any(c => !IsEmpty(c.Text)) && label.Cells.All(c => IsEmpty(c.Text) || !Number().IsMatch(c.Text));
        var valuesOnly = values.Cells.Any(c => !IsEmpty(c.Text)) && values.Cells.All(c => IsEmpty(c.Text) || Number().IsMatch(c.Text));
        if (!labelOnly || !valuesOnly || label.Cells.Zip(values.Cells).Any(p => !IsEmpty(p.First.Text) && !IsEmpty(p.Second.Text)))
        {
            JoinLabelTail(blocks, next, above, below);
            return;
        }

        var joined = new SourceRow([.. label.Cells.Zip(values.Cells, (l, v) => IsEmpty(l.Text) ? v : l)], label.Source);
        blocks[next - 1] = above with { Rows = [.. above.Rows.Take(above.Rows.Count - 1), joined] };
        if (below.Rows.Count == 1)
        {
            blocks.RemoveAt(next);
        }
        else
        {
            blocks[next] = below with { Rows = [.. below.Rows.Skip(1)], Source = below.Rows[1].Source };
        }
    }

    // The last row of the table above has numbers and words; the first row of the table below after the header it
    // repeats has words only, in columns where the row above has words: the rest of those words. A word in a column
    // where the last row is empty ends a cell merged over the rows above (（三）不予公 / 开): it goes to the nearest row
    // with words in that column.
    private static void JoinLabelTail(List<Block> blocks, int next, SourceTable above, SourceTable below)
    {
        var last = above.Rows[^1];
        var header = RepeatedHeader(above, below);
        if (header >= below.Rows.Count || !last.Cells.Any(c => IsNumber(c.Text)) || !last.Cells.Any(c => IsWords(c.Text)))
        {
            return;
        }

        var tail = below.Rows[header];
        var words = tail.Cells.Select((c, i) => (c.Text, Column: i)).Where(c => !IsEmpty(c.Text)).ToList();
        if (words.Count == 0 || words.Any(c => !IsWords(c.Text)) || !words.Any(c => IsWords(last.Cells[c.Column].Text)))
        {
            return;
        }

        var rows = above.Rows.ToList();
        foreach (var (text, column) in words)
        {
            var row = rows.FindLastIndex(r => IsWords(r.Cells[column].Text));
            if (row < 0 || IsNumber(last.Cells[column].Text))
            {
                return;
            }

            var cells = rows[row].Cells.ToArray();
            cells[column] = cells[column] with { Text = cells[column].Text + text.Trim() };
            rows[row] = rows[row] with { Cells = cells };
        }

        blocks[next - 1] = above with { Rows = rows };
        if (below.Rows.Count == 1)
        {
            blocks.RemoveAt(next);
        }
        else
        {
            blocks[next] = below with { Rows = [.. below.Rows.Where((_, i) => i != header)] };
        }
    }

    // How many of the first rows of the table below repeat the first rows of the table above, cell by cell (a cell
    // may lose the end of its text, the part printed under the table: 总计 → 总).
    private static int RepeatedHeader(SourceTable above, SourceTable below)
    {
        var rows = 0;
        while (rows < below.Rows.Count && rows < above.Rows.Count - 1 &&
               above.Rows[rows].Cells.Zip(below.Rows[rows].Cells).All(p => Repeats(p.First.Text.Trim(), p.Second.Text.Trim())))
        {
            rows++;
        }

        return rows;
    }

    private static bool Repeats(string above, string below) =>
        above.Length == 0 ? below.Length == 0 : below.Length > 0 && above.StartsWith(below, StringComparison.Ordinal);

    private static bool IsNumber(string text) => !IsEmpty(text) && Number().IsMatch(text);

    private static bool IsWords(string text) => !IsEmpty(text) && !Number().IsMatch(text);

    private static bool IsEmpty(string text) => string.IsNullOrWhiteSpace(text);

    // A printed count, change or amount: 12, 1,234, 31.75, +3, -2, 增8, 减2.
    [GeneratedRegex(@"^\s*[+\-−增减]?\s*\d[\d,.]*\s*%?\s*$")]
    private static partial Regex Number();
}
