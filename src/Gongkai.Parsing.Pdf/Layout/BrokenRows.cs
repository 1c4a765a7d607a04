using Gongkai.Parsing.Documents;
using System.Text.RegularExpressions;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// A table row broken by a page break: its label ends the table on one page and its numbers open the table on the
/// next (a row whose cells are centred or set at the bottom). The two parts are joined into one row, each cell
/// keeping its own source (the numbers' boxes are on the next page).
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

    private static bool IsEmpty(string text) => string.IsNullOrWhiteSpace(text);

    // A printed count, change or amount: 12, 1,234, 31.75, +3, -2, 增8, 减2.
    [GeneratedRegex(@"^\s*[+\-−增减]?\s*\d[\d,.]*\s*%?\s*$")]
    private static partial Regex Number();
}
