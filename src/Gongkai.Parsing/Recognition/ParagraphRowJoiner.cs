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
            while (valuesEnd < zone.Count && IsValueLine(zone[valuesEnd]))
            {
                valuesEnd++;
            }

            if (labelsEnd > i && valuesEnd > labelsEnd)
            {
                var cells = new List<SourceCell>(valuesEnd - i);
                for (var k = i; k < valuesEnd; k++)
                {
                    cells.Add(zone[k].Cells[0] with { Source = zone[k].Source with { Cell = k - i + 1 } });
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

    private static bool IsValueLine(DocumentRow row) =>
        row.IsParagraph && (CellValueReader.IsValueLike(row.Cells[0].Text) || CellValueReader.IsBlank(row.Cells[0].Text));
}
