using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Reporting.Layout;

/// <summary>
/// Lays out tables 二, 三 and 四 as the State Council General Office's format prints them (2019 and 2021 editions):
/// the 第二十条 item blocks of table 二, table 三's three-level header and row labels with merged cells, and
/// table 四's two-level header over one row of 15 numbers.
/// </summary>
public static class OfficialTableLayout
{
    /// <summary>Table 二 (主动公开政府信息情况) in the given edition: four grid columns.</summary>
    public static LaidOutTable Proactive(ReportTable? table, TemplateVersion version)
    {
        const int columns = 4;
        var rows = new List<IReadOnlyList<LaidOutCell>>();
        foreach (var item in ProactiveTemplate.For(version).Rows.GroupBy(r => r.Item))
        {
            rows.Add([new LaidOutCell($"{ProactiveTemplate.ArticleReference}第{item.Key}项", columns)]);
            var specColumns = item.First().Columns;
            var header = new List<LaidOutCell> { new(ProactiveTemplate.ContentHeader) };
            header.AddRange(Spread(specColumns.ToList(), columns - 1, c => new LaidOutCell(c.Label)));
            rows.Add(header);
            foreach (var spec in item)
            {
                var row = new List<LaidOutCell> { new(spec.Label) };
                row.AddRange(Spread(spec.Columns.ToList(), columns - 1, c => new LaidOutCell(CellText.Of(table?.CellAt(spec.Key, c.Key)), IsLabel: false, Cell: new CellRef(TableKind.Proactive, spec.Key, c.Key))));
                rows.Add(row);
            }
        }

        return new LaidOutTable(SectionTitles.For(SectionKind.Proactive).Title, columns, rows);
    }

    /// <summary>Table 三 (收到和处理政府信息公开申请情况): three label columns and seven value columns.</summary>
    public static LaidOutTable Requests(ReportTable? table, TemplateVersion layout)
    {
        var spec = RequestsTemplate.For(layout);
        var applicants = RequestsTemplate.Columns;
        var rows = new List<IReadOnlyList<LaidOutCell>>
        {
            new LaidOutCell[] { new(RequestsTemplate.BalanceNote, 3, 3), new(RequestsTemplate.ApplicantsHeader, applicants.Count) },
            new LaidOutCell[] { new(applicants[0].Label, 1, 2), new(RequestsTemplate.OrganisationsHeader, applicants.Count - 2), new(applicants[^1].Label, 1, 2) },
            applicants.Skip(1).SkipLast(1).Select(c => new LaidOutCell(c.Label)).ToArray(),
        };
        rows.Add([new LaidOutCell(spec.Row(RequestsTemplate.NewReceived)!.Label, 3), .. Values(table, RequestsTemplate.NewReceived)]);
        rows.Add([new LaidOutCell(spec.Row(RequestsTemplate.CarriedOver)!.Label, 3), .. Values(table, RequestsTemplate.CarriedOver)]);
        var outcomes = RequestsTemplate.OutcomeRows(layout).ToList();
        var first = true;
        foreach (var group in outcomes.GroupBy(o => o.Label[..4]))
        {
            var items = group.ToList();
            var groupCells = 0;
            foreach (var outcome in items)
            {
                var label = outcome.Label;
                var cells = new List<LaidOutCell>();
                if (first)
                {
                    cells.Add(new LaidOutCell(RequestsTemplate.OutcomesHeader, 1, outcomes.Count + 1));
                    first = false;
                }

                var space = label.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    cells.Add(new LaidOutCell(label, 2));
                }
                else
                {
                    if (groupCells++ == 0)
                    {
                        cells.Add(new LaidOutCell(label[..space], 1, items.Count));
                    }

                    cells.Add(new LaidOutCell(label[(space + 1)..]));
                }

                cells.AddRange(Values(table, outcome.Key));
                rows.Add(cells);
            }
        }

        rows.Add([new LaidOutCell(spec.Row(RequestsTemplate.Total)!.Label, 2), .. Values(table, RequestsTemplate.Total)]);
        rows.Add([new LaidOutCell(spec.Row(RequestsTemplate.CarriedForward)!.Label, 3), .. Values(table, RequestsTemplate.CarriedForward)]);
        return new LaidOutTable(SectionTitles.For(SectionKind.Requests).Title, 10, rows);
    }

    /// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况): fifteen columns.</summary>
    public static LaidOutTable Appeals(ReportTable? table)
    {
        var leaves = AppealsTemplate.Columns.Select(c => new LaidOutCell(c.Label)).ToList();
        // The litigation groups' labels are 行政诉讼·<kind>: the header prints 行政诉讼 over both kinds.
        var groups = AppealsTemplate.Table.Rows;
        var litigation = groups[1].Label.Split('·');
        List<LaidOutCell> second = [.. AppealsTemplate.Columns.Select(c => new LaidOutCell(c.Label, 1, 2)), new(litigation[1], 5), new(groups[2].Label.Split('·')[1], 5)];
        List<LaidOutCell> values = [.. AppealsTemplate.Table.Rows.SelectMany(g => AppealsTemplate.Columns.Select(c => new LaidOutCell(CellText.Of(table?.CellAt(g.Key, c.Key)), IsLabel: false, Cell: new CellRef(TableKind.Appeals, g.Key, c.Key))))];
        List<IReadOnlyList<LaidOutCell>> rows = [new LaidOutCell[] { new(groups[0].Label, 5), new(litigation[0], 10) }, second, [.. leaves, .. leaves], values];
        return new LaidOutTable(SectionTitles.For(SectionKind.Appeals).Title, 15, rows);
    }

    private static IEnumerable<LaidOutCell> Values(ReportTable? table, string row) =>
        RequestsTemplate.Columns.Select(c => new LaidOutCell(CellText.Of(table?.CellAt(row, c.Key)), IsLabel: false, Cell: new CellRef(TableKind.Requests, row, c.Key)));

    // Spreads n cells over width columns; the last one takes the remaining columns.
    private static IEnumerable<LaidOutCell> Spread<T>(List<T> texts, int width, Func<T, LaidOutCell> make)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            var cell = make(texts[i]);
            yield return i == texts.Count - 1 ? cell with { ColumnSpan = width - i } : cell;
        }
    }
}
