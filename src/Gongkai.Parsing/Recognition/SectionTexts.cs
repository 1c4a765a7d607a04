using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>The text of each recognised section: its paragraphs up to the next section, tables and the signature left out.</summary>
internal static class SectionTexts
{
    public static List<ReportSection> Collect(IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings, IReadOnlySet<int> excluded)
    {
        var sections = new List<ReportSection>(headings.Count);
        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1].RowIndex : rows.Count;
            var paragraphs = new List<string>();
            for (var i = headings[h].RowIndex + 1; i < end; i++)
            {
                if (rows[i].Paragraph is { } paragraph && !excluded.Contains(i) && paragraph.Text.Length > 0)
                {
                    paragraphs.Add(paragraph.Text);
                }
            }

            sections.Add(new ReportSection
            {
                Kind = headings[h].Kind,
                Heading = headings[h].Text.Trim(),
                Text = string.Join('\n', paragraphs),
                Source = headings[h].Source,
            });
        }

        return sections;
    }
}
