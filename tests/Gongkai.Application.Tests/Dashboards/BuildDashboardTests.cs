using Gongkai.Application.Dashboards;
using Gongkai.Application.Outputs;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Dashboards;

/// <summary>The 区域看板 over the samples (samples/registry.csv: 14 units under 青禾市; four reports in 2022).</summary>
public sealed class BuildDashboardTests : IDisposable
{
    private readonly SampleStore _samples = new SampleStore().WithSamples();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Counts_the_units_expected_and_reported_by_level_and_lists_the_missing_ones()
    {
        var dashboard = Build(AccessScope.All, "青禾市", 2022);

        Assert.Equal(
            [("市", 1, 0), ("县区", 4, 1), ("部门", 7, 2), ("乡镇街道", 2, 1)],
            dashboard.Coverage.Select(c => (c.Level, c.Expected, c.Reported)));
        Assert.Equal(14 - 4, dashboard.Missing.Count);
        Assert.Equal("QH", dashboard.Missing[0].Code);
        Assert.DoesNotContain(dashboard.Missing, u => u.Code is "QH-YX" or "QH-JT" or "QH-ZY-SJ" or "QH-ZY-SL");
        Assert.Empty(dashboard.Unlinked);
    }

    [Fact]
    public void Drills_from_a_region_named_by_one_segment_into_its_sub_regions_and_own_units()
    {
        var dashboard = Build(AccessScope.All, "青禾市", 2022);

        Assert.Equal(["青禾省/青禾市/云溪区", "青禾省/青禾市/棠川县", "青禾省/青禾市/芷岩县", "青禾省/青禾市/鹭汀县"], dashboard.SubRegions.Select(s => s.Path));
        Assert.Equal(("芷岩县", 3, 2), dashboard.SubRegions.Where(s => s.Name == "芷岩县").Select(s => (s.Name, s.Expected, s.Reported)).Single());
        Assert.Equal(["QH", "QH-JT", "QH-RS", "QH-ZR"], dashboard.Units.Select(u => u.Unit.Code).Order(StringComparer.Ordinal));
        Assert.NotNull(dashboard.Units.Single(u => u.Unit.Code == "QH-JT").Report);
    }

    [Fact]
    public void Takes_totals_and_trend_from_the_rollup_and_splits_the_outcomes_into_the_statutory_groups()
    {
        var dashboard = Build(AccessScope.All, "青禾市", 2022);

        Assert.Equal(4, dashboard.Totals.Reports);
        Assert.Equal([2019, 2020, 2021, 2022], dashboard.Trend.Select(t => t.Year));
        Assert.Equal(["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"], dashboard.Outcomes.Select(o => o.Label));
        Assert.Equal(dashboard.Totals["requests.total.total"], dashboard.Outcomes.Sum(o => o.Value ?? 0));
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], dashboard.Applicants.Select(a => a.Label));
        Assert.Equal(dashboard.Totals["requests.newReceived.total"], dashboard.Ranking.Sum(r => r.Received));
        Assert.Equal(dashboard.Ranking.OrderByDescending(r => r.Received).Select(r => r.ReportId), dashboard.Ranking.Select(r => r.ReportId));
        Assert.Equal(["公开率", "行政复议纠错率", "行政诉讼纠错率", "本机关不掌握占比"], dashboard.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Counts_only_the_units_and_reports_of_the_callers_scope()
    {
        var region = Build(AccessScope.Region("青禾省/青禾市/鹭汀县"), "青禾市", 2023);
        var unit = Build(AccessScope.Unit("QH-TC-ZJ"), null, 2020);

        Assert.Equal(3, region.Coverage.Sum(c => c.Expected));
        Assert.Equal(1, region.Coverage.Sum(c => c.Reported));
        Assert.Equal(["青禾省/青禾市/鹭汀县"], region.SubRegions.Select(s => s.Path));
        var coverage = Assert.Single(unit.Coverage);
        Assert.Equal(("部门", 1, 1), (coverage.Level, coverage.Expected, coverage.Reported));
        Assert.Equal(1, unit.Totals.Reports);
        Assert.Single(unit.Ranking);
    }

    [Fact]
    public void Writes_every_table_as_a_sheet_and_refuses_an_unknown_one()
    {
        var dashboard = Build(AccessScope.All, "青禾市", 2022);

        var sheets = DashboardSheets.All(dashboard).ToList();

        Assert.Equal(DashboardSheets.Keys.Count, sheets.Count);
        Assert.Equal(dashboard.Missing.Count, DashboardSheets.Sheet(dashboard, "missing")!.Rows.Count());
        Assert.Null(DashboardSheets.Sheet(dashboard, "nothing"));
        Assert.Equal("区域看板-青禾市-2022", DashboardSheets.FileStem(dashboard));
    }

    private RegionDashboard Build(AccessScope scope, string? region, int year)
    {
        var result = BuildDashboard.Run(_samples.Store, new DashboardOptions { Scope = scope, Region = region, Year = year });
        Assert.Null(result.Failure);
        return result.Dashboard!;
    }
}
