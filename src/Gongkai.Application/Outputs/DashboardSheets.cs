using Gongkai.Application.Dashboards;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Reporting.Tabular;

namespace Gongkai.Application.Outputs;

/// <summary>
/// The 区域看板 as tables: each chart's data and each table of the page, one sheet each, for the workbook (all of
/// them) or a CSV file (one of them, by <see cref="Keys"/>).
/// </summary>
public static class DashboardSheets
{
    /// <summary>The sheets' keys, in the workbook's order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["coverage", "missing", "indicators", "outcomes", "applicants", "trend", "ranking", "totals"];

    /// <summary>The sheet <paramref name="key"/> of <paramref name="dashboard"/>, or <see langword="null"/> for an unknown key.</summary>
    public static TabularSheet? Sheet(RegionDashboard dashboard, string key)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        return key switch
        {
            "coverage" => new("覆盖情况", [new("层级", TabularType.Text), new("应报送", TabularType.Integer), new("已报送", TabularType.Integer), new("未报送", TabularType.Integer), new("报送率", TabularType.Decimal)],
                dashboard.Coverage.Select(c => Row(c.Level, c.Expected, c.Reported, c.Missing, c.Rate))),
            "missing" => new("未报送单位", [new("单位代码", TabularType.Text), new("单位名称", TabularType.Text), new("层级", TabularType.Text), new("区域", TabularType.Text)],
                dashboard.Missing.Select(u => Row(u.Code, u.Name, u.Level, u.Region))),
            "indicators" => new("指标", [new("指标", TabularType.Text), new("数值", TabularType.Decimal)],
                dashboard.Indicators.Select(i => Row(i.Name, i.Value))),
            "outcomes" => new("办理结果", [new("办理结果", TabularType.Text), new("件数", TabularType.Decimal)], dashboard.Outcomes.Select(s => Row(s.Label, s.Value))),
            "applicants" => new("申请人", [new("申请人", TabularType.Text), new("本年新收", TabularType.Decimal)], dashboard.Applicants.Select(s => Row(s.Label, s.Value))),
            "trend" => new("逐年趋势", [new("年度", TabularType.Integer), new("报告数", TabularType.Integer), new("本年新收申请", TabularType.Decimal), new("公开率", TabularType.Decimal)],
                dashboard.Trend.Select(t => Row(t.Year, t.Reports, t[ReceivedPath], t.Indicators.DisclosureRate))),
            "ranking" => new("单位排名", [new("名次", TabularType.Integer), new("单位", TabularType.Text), new("区域", TabularType.Text), new("本年新收申请", TabularType.Decimal)],
                dashboard.Ranking.Select((r, i) => Row(i + 1, r.Name, r.Region, r.Received))),
            "totals" => new("合计", [new("表", TabularType.Text), new("行", TabularType.Text), new("列", TabularType.Text), new("合计", TabularType.Decimal), new("填报份数", TabularType.Integer), new("空白份数", TabularType.Integer)],
                dashboard.Totals.Cells.Select(c => Row(c.Cell.Kind.ToDisplayName(), TemplateLabels.RowLabel(c.Cell.Kind, c.Cell.Row), TemplateLabels.ColumnLabel(c.Cell.Kind, c.Cell.Column, c.Cell.Row), c.Sum, c.Reporting, c.Blank))),
            _ => null,
        };
    }

    /// <summary>Every sheet, in the order of <see cref="Keys"/>.</summary>
    public static IEnumerable<TabularSheet> All(RegionDashboard dashboard) => Keys.Select(k => Sheet(dashboard, k)!);

    /// <summary>A file name stem naming the region and year.</summary>
    public static string FileStem(RegionDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        return OutputNames.Stem($"区域看板-{(dashboard.Region ?? "全部").Replace('/', '-')}-{dashboard.Year}");
    }

    private static string ReceivedPath => $"requests.{RequestsTemplate.NewReceived.Value}.{RequestsTemplate.TotalColumn.Value}";

    private static IReadOnlyList<object?> Row(params object?[] values) => values;
}
