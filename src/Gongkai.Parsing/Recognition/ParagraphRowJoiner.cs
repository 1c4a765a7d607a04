using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Rebuilds table rows from text that puts every cell on its own line without separators (what copying a table
/// out of a PDF viewer or a web page often gives): up to three short label lines followed by number lines
/// become one row. Blank cells leave no line there, so such rows are placed by the sums like other ambiguous rows.
/// </summary>
internal static class ParagraphRowJoiner
{
    private const int MaxLabelLines = 3;
    private const int MaxLabelLength = 60;

    public static List<DocumentRow> Join(IReadOnlyList<DocumentRow> zone)
    {
        var result = new List<DocumentRow>(zone.Count);
        var i = 0;
        while (i < zone.Count)
        {
            var labelsEnd = i;
            while (labelsEnd < zone.Count && labelsEnd - i < MaxLabelLines && IsLabelLine(zone[labelsEnd]))
            {
                labelsEnd++;
            }

            var valuesEnd = labelsEnd;
            while (valuesEnd < zone.Count && (IsValueLine(zone[valuesEnd]) || SignBefore(zone, valuesEnd)))
            {
                valuesEnd += SignBefore(zone, valuesEnd) ? 2 : 1;
            }

            if (labelsEnd > i && valuesEnd > labelsEnd)
            {
                var cells = new List<SourceCell>(valuesEnd - i);
                for (var k = i; k < valuesEnd; k++)
                {
                    var cell = zone[k].Cells[0];
                    if (k >= labelsEnd && SignBefore(zone, k))
                    {
                        // 增 / 3: the sign of a 本年增/减 figure on its own line, joined to its figure (增3).
                        var figure = zone[++k].Cells[0];
                        cell = figure with { Text = cell.Text.Trim() + figure.Text.Trim(), Printed = cell.Printed.Trim() + figure.Printed.Trim() };
                    }

                    cells.Add(cell with { Source = zone[k].Source with { Cell = cells.Count + 1 } });
                }

                result.Add(new DocumentRow(cells, zone[i].Source, null));
                i = valuesEnd;
                continue;
            }

            result.Add(zone[i]);
            i++;
        }

        return result;
    }

    private static bool IsLabelLine(DocumentRow row) =>
        row.IsParagraph && row.Cells[0].Text.Length is > 0 and <= MaxLabelLength && !CellValueReader.IsValueLike(row.Cells[0].Text) && !CellValueReader.IsBlank(row.Cells[0].Text);

    // A line holding only the sign of a change (增, 减, +, −) followed by a figure line.
    private static bool SignBefore(IReadOnlyList<DocumentRow> zone, int k) =>
        k + 1 < zone.Count && zone[k].IsParagraph && CellValueReader.IsSign(zone[k].Cells[0].Text)
        && IsValueLine(zone[k + 1]) && !CellValueReader.IsBlank(zone[k + 1].Cells[0].Text);

    private static bool IsValueLine(DocumentRow row) =>
        row.IsParagraph && (CellValueReader.IsValueLike(row.Cells[0].Text) || CellValueReader.IsBlank(row.Cells[0].Text));
}
