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
            rows.Add([new LaidOutCell($"第二十条第{item.Key}项", columns)]);
            var specColumns = item.First().Columns;
            var header = new List<LaidOutCell> { new("信息内容") };
            header.AddRange(Spread(specColumns.ToList(), columns - 1, c => new LaidOutCell(c.Label)));
            rows.Add(header);
            foreach (var spec in item)
            {
                var row = new List<LaidOutCell> { new(spec.Label) };
                row.AddRange(Spread(spec.Columns.ToList(), columns - 1, c => new LaidOutCell(CellText.Of(table?.CellAt(spec.Key, c.Key)), IsLabel: false, Cell: new CellRef(TableKind.Proactive, spec.Key, c.Key))));
                rows.Add(row);
            }
        }

        return new LaidOutTable("主动公开政府信息情况", columns, rows);
    }

    /// <summary>Table 三 (收到和处理政府信息公开申请情况): three label columns and seven value columns.</summary>
    public static LaidOutTable Requests(ReportTable? table, TemplateVersion layout)
    {
        var rows = new List<IReadOnlyList<LaidOutCell>>
        {
            new LaidOutCell[] { new("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new("申请人情况", 7) },
            new LaidOutCell[] { new("自然人", 1, 2), new("法人或其他组织", 5), new("总计", 1, 2) },
            new LaidOutCell[] { new("商业企业"), new("科研机构"), new("社会公益组织"), new("法律服务机构"), new("其他") },
        };
        rows.Add([new LaidOutCell("一、本年新收政府信息公开申请数量", 3), .. Values(table, RequestsTemplate.NewReceived)]);
        rows.Add([new LaidOutCell("二、上年结转政府信息公开申请数量", 3), .. Values(table, RequestsTemplate.CarriedOver)]);
        var outcomes = RequestsTemplate.OutcomeRows(layout).ToList();
        var first = true;
        foreach (var group in outcomes.GroupBy(o => o.Label[..4]))
        {
            var items = group.ToList();
            var groupCells = 0;
            foreach (var (key, label) in items)
            {
                var cells = new List<LaidOutCell>();
                if (first)
                {
                    cells.Add(new LaidOutCell("三、本年度办理结果", 1, outcomes.Count + 1));
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

                cells.AddRange(Values(table, key));
                rows.Add(cells);
            }
        }

        rows.Add([new LaidOutCell("（七）总计", 2), .. Values(table, RequestsTemplate.Total)]);
        rows.Add([new LaidOutCell("四、结转下年度继续办理", 3), .. Values(table, RequestsTemplate.CarriedForward)]);
        return new LaidOutTable("收到和处理政府信息公开申请情况", 10, rows);
    }

    /// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况): fifteen columns.</summary>
    public static LaidOutTable Appeals(ReportTable? table)
    {
        var leaves = AppealsTemplate.Columns.Select(c => new LaidOutCell(c.Label)).ToList();
        List<LaidOutCell> second = [.. AppealsTemplate.Columns.Select(c => new LaidOutCell(c.Label, 1, 2)), new("未经复议直接起诉", 5), new("复议后起诉", 5)];
        List<LaidOutCell> values = [.. AppealsTemplate.Table.Rows.SelectMany(g => AppealsTemplate.Columns.Select(c => new LaidOutCell(CellText.Of(table?.CellAt(g.Key, c.Key)), IsLabel: false, Cell: new CellRef(TableKind.Appeals, g.Key, c.Key))))];
        List<IReadOnlyList<LaidOutCell>> rows = [new LaidOutCell[] { new("行政复议", 5), new("行政诉讼", 10) }, second, [.. leaves, .. leaves], values];
        return new LaidOutTable("政府信息公开行政复议、行政诉讼情况", 15, rows);
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
