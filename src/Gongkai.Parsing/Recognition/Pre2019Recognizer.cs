using Gongkai.Core.Templates;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Tells a report in a format before 2019 (2008–2018) from one in the 2019/2021 formats: a report year before 2019
/// and the shape of a report — its section headings (the old ones are in the catalogue), a heading only the old
/// formats print (概述, 收费及减免, 需要说明的事项与附表) or a row of the old 统计表 (<see cref="Pre2019Format"/>).
/// </summary>
internal static class Pre2019Recognizer
{
    // A heading is short; a longer paragraph merely mentioning 概述 is not one.
    private const int MaxHeadingLength = 48;

    // Whatever the table detector made of an old 统计表 (its rows share some words with 表三), a report of those
    // years cannot be in a format first published for the 2019 reports: the year and the shape decide.
    public static bool IsPre2019(int? year, IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings) =>
        year is >= Pre2019Format.FirstYear and < Pre2019Format.FirstYearOfLaterFormats && (headings.Count > 0 || HasOldShape(rows));

    private static readonly string[] Titles = [.. Pre2019Format.DistinctiveTitles.Select(LabelText.Normalize)];

    private static readonly string[] StatisticsRows = [.. Pre2019Format.StatisticsRows.Select(LabelText.Normalize)];

    private static bool HasOldShape(IReadOnlyList<DocumentRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Text.Length == 0 || cell.Text.Length > MaxHeadingLength)
                {
                    continue;
                }

                var text = LabelText.Normalize(cell.Text);
                var title = HeadingNumbering.Parse(text).Title;
                if (Titles.Any(t => title.StartsWith(t, StringComparison.Ordinal)) || StatisticsRows.Any(r => text.Contains(r, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
