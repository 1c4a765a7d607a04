using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Splits the document's rows into the zones of tables 二, 三 and 四, by section headings and by the tables' own
/// anchors (第二十条 items; the 勾稽关系 note, 申请人情况, 本年新收; the 行政复议/行政诉讼 header), so that a table
/// is found even where its heading is missing or misnumbered. A file that starts inside a table (a fragment: no
/// heading or title before its first rows) gives those leading table rows to the table of the first anchor below them.
/// </summary>
internal static class TableZones
{
    private const int MaxAnchorLength = 80;

    // A character each anchor contains: 第二十条, 勾稽关系, 申请人情况, 本年新收, 行政复议, 行政诉讼, 结果维持.
    private static readonly System.Buffers.SearchValues<char> AnchorCharacters = System.Buffers.SearchValues.Create("条勾申收复诉维");

    public static Dictionary<TableKind, List<DocumentRow>> Split(IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings)
    {
        var zones = new Dictionary<TableKind, List<DocumentRow>>
        {
            [TableKind.Proactive] = [],
            [TableKind.Requests] = [],
            [TableKind.Appeals] = [],
        };
        var headingAt = headings.ToDictionary(h => h.RowIndex, h => h.Kind);
        TableKind? zone = null;
        var leading = new List<DocumentRow>();
        var settled = false; // a heading or an anchor has been seen: rows no longer lead the file
        for (var i = 0; i < rows.Count; i++)
        {
            if (headingAt.TryGetValue(i, out var section))
            {
                settled = true;
                zone = section switch
                {
                    SectionKind.Proactive => TableKind.Proactive,
                    SectionKind.Requests => TableKind.Requests,
                    SectionKind.Appeals => TableKind.Appeals,
                    _ => null,
                };
                continue;
            }

            if (!rows[i].IsParagraph && Anchor(rows[i]) is { } anchored)
            {
                zone = anchored;
                if (!settled)
                {
                    zones[anchored].AddRange(leading.Where(r => !r.IsParagraph));
                    settled = true;
                }
            }
            else if (!settled)
            {
                leading.Add(rows[i]);
            }

            if (zone is { } current)
            {
                zones[current].Add(rows[i]);
            }
        }

        return zones;
    }

    private static TableKind? Anchor(DocumentRow row)
    {
        bool reconsideration = false, litigation = false;
        foreach (var cell in row.Cells)
        {
            if (cell.Text.Length is 0 or > MaxAnchorLength || cell.Text.AsSpan().IndexOfAny(AnchorCharacters) < 0)
            {
                continue;
            }

            var text = LabelText.Normalize(cell.Text);
            if (text.StartsWith("第二十条", StringComparison.Ordinal))
            {
                return TableKind.Proactive;
            }

            if (text.Contains("勾稽关系", StringComparison.Ordinal) || text == "申请人情况" || text.Contains("本年新收", StringComparison.Ordinal))
            {
                return TableKind.Requests;
            }

            reconsideration |= text == "行政复议";
            litigation |= text == "行政诉讼";
            if (text == "结果维持" || reconsideration && litigation)
            {
                return TableKind.Appeals;
            }
        }

        return null;
    }
}
