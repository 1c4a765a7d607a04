using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Re-attaches row labels that text extraction printed apart from their numbers: PyMuPDF, pdfplumber's plain text
/// and pdftotext without <c>-layout</c> often give all the labels of a table (or of a block of it) first, one per
/// line, then its rows of figures, one row per line. The figure rows are paired in order with the last labels of
/// the run that stand for a row of values.
/// </summary>
/// <remarks>
/// A label stands for a row of values unless it is a group heading: a numbered label followed by a label numbered one
/// level deeper (三、本年度办理结果 over （一）…; （三）不予公开 over 1．…; the 2021 （六）其他处理 over its 1．–3．, while
/// the 2019 （六）其他处理 is followed by （七） and keeps its values). Header words (申请人情况, 自然人, 信息内容 …) come
/// before the row labels in such a run, so the last labels are the rows'. Only lines of two or more figures are
/// paired: a line of one figure is also what the one-cell-per-line layout gives for each cell of one row (规章 / 0 /
/// 0 / 0, joined by <see cref="ParagraphRowJoiner"/>), so a one-column block (2021 items (五), (六), (八)) printed
/// apart is left to that joiner. The pass is linear.
/// </remarks>
internal static class DetachedLabels
{
    private const int MaxLabelLength = 60;

    public static List<DocumentRow> Pair(IReadOnlyList<DocumentRow> zone)
    {
        List<DocumentRow>? result = null;
        var i = 0;
        while (i < zone.Count)
        {
            var labelsEnd = i;
            while (labelsEnd < zone.Count && IsLabelLine(zone[labelsEnd]))
            {
                labelsEnd++;
            }

            var valuesEnd = labelsEnd;
            while (valuesEnd < zone.Count && IsFiguresRow(zone[valuesEnd]))
            {
                valuesEnd++;
            }

            var figures = valuesEnd - labelsEnd;
            if (labelsEnd - i >= figures && figures > 0 && RowLabels(zone, i, labelsEnd, figures) is { } rowLabels)
            {
                result ??= [.. zone.Take(i)];
                // In the labels' order, so that a group heading still stands above its items (（六）其他处理 over 3．其他).
                var r = 0;
                for (var k = i; k < labelsEnd; k++)
                {
                    if (r < figures && rowLabels[r] == k)
                    {
                        var numbers = zone[labelsEnd + r++];
                        result.Add(new DocumentRow([zone[k].Cells[0], .. numbers.Cells], zone[k].Source, null));
                    }
                    else
                    {
                        result.Add(zone[k]);
                    }
                }

                i = valuesEnd;
                continue;
            }

            var next = Math.Max(labelsEnd, i + 1);
            result?.AddRange(zone.Skip(i).Take(next - i));
            i = next;
        }

        return result ?? (zone as List<DocumentRow> ?? [.. zone]);
    }

    // The indices of the last `count` labels of the run that stand for a row of values, or null when there are fewer.
    private static int[]? RowLabels(IReadOnlyList<DocumentRow> zone, int start, int end, int count)
    {
        var picked = new int[count];
        var found = 0;
        for (var k = end - 1; k >= start && found < count; k--)
        {
            var level = NumberingLevel(zone[k].Cells[0].Text);
            var isGroup = level > 0 && k + 1 < end && NumberingLevel(zone[k + 1].Cells[0].Text) > level;
            if (!isGroup)
            {
                picked[count - 1 - found] = k;
                found++;
            }
        }

        return found == count ? picked : null;
    }

    /// <summary>1 for 一、, 2 for （一）, 3 for 1．/1、, 0 for an unnumbered label.</summary>
    internal static int NumberingLevel(string label)
    {
        var text = label.AsSpan().TrimStart();
        if (text.Length < 2)
        {
            return 0;
        }

        if (text[0] is '（' or '(')
        {
            return 2;
        }

        if (ChineseNumbers.Digit(text[0]) is > 0 && !char.IsAsciiDigit(text[0]) && text[1] == '、')
        {
            return 1;
        }

        return char.IsAsciiDigit(text[0]) && text[1] is '．' or '.' or '、' ? 3 : 0;
    }

    private static bool IsLabelLine(DocumentRow row) =>
        row.IsParagraph && row.Cells[0].Text.Length is > 0 and <= MaxLabelLength &&
        !CellValueReader.IsValueLike(row.Cells[0].Text) && !CellValueReader.IsBlank(row.Cells[0].Text);

    // A row of figures printed apart from its label: a line of two or more figures only. A line of one figure is
    // left alone: it is also what the one-cell-per-line layout gives for each cell of a row (规章 / 0 / 0 / 0).
    private static bool IsFiguresRow(DocumentRow row) =>
        !row.IsParagraph && row.Cells.Count >= 2 && row.Shape.IsValuesOnly;
}
