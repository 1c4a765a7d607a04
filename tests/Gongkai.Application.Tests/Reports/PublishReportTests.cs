using Gongkai.Application.Dashboards;
using Gongkai.Application.Reports;
using Gongkai.Application.RollingUp;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Reports;

/// <summary>Publishing and withdrawing: an office within its scope may, a 填报单位 may not, and the public follows.</summary>
public sealed class PublishReportTests
{
    private const string Luting = "青禾省/青禾市/鹭汀县";

    [Fact]
    public void Lets_a_region_administrator_withdraw_and_publish_again_a_report_of_its_region_and_the_public_follows()
    {
        using var samples = new SampleStore().WithSamples();
        var store = samples.Store;
        var report = store.Reports(new ReportFilter { Scope = AccessScope.Region(Luting) }).First();

        var withdrawn = PublishReport.Run(store, Options(AccessScope.Region(Luting), report.ReportId, publish: false));
        var hidden = GetReport.Run(store, new GetReportOptions(AccessScope.Public, report.ReportId));
        var published = PublishReport.Run(store, Options(AccessScope.Region(Luting), report.ReportId, publish: true));
        var shown = GetReport.Run(store, new GetReportOptions(AccessScope.Public, report.ReportId));

        Assert.True(withdrawn.Changed);
        Assert.False(withdrawn.Report!.IsPublished);
        Assert.Contains("已撤回", withdrawn.Description, StringComparison.Ordinal);
        Assert.Equal(FailureKind.NotFound, hidden.Failure?.Kind);
        Assert.True(published.Changed);
        Assert.Equal("luting", published.Report!.PublishedBy);
        Assert.NotNull(shown.Report);
    }

    [Fact]
    public void Finds_nothing_for_a_region_administrator_outside_its_region_and_changes_nothing()
    {
        using var samples = new SampleStore().WithSamples();
        var store = samples.Store;
        var outside = store.Reports(new ReportFilter { Scope = AccessScope.Unit("QH-TC-ZJ") }).Single();

        var result = PublishReport.Run(store, Options(AccessScope.Region(Luting), outside.ReportId, publish: false));

        Assert.Equal(FailureKind.NotFound, result.Failure?.Kind);
        Assert.True(store.Reports(new ReportFilter { Scope = AccessScope.All, ReportId = outside.ReportId }).Single().IsPublished);
    }

    [Fact]
    public void Refuses_a_unit_its_own_report_and_the_public_everything()
    {
        using var samples = new SampleStore().WithSamples();
        var store = samples.Store;
        var own = store.Reports(new ReportFilter { Scope = AccessScope.Unit("QH-TC-ZJ") }).Single();

        var unit = PublishReport.Run(store, Options(AccessScope.Unit("QH-TC-ZJ"), own.ReportId, publish: false));
        var anyone = PublishReport.Run(store, Options(AccessScope.Public, own.ReportId, publish: false));

        Assert.Equal(FailureKind.Forbidden, unit.Failure?.Kind);
        Assert.Equal("只有区域管理员和系统管理员可以公开或撤回报告。", unit.Failure?.Message);
        Assert.Equal(FailureKind.Forbidden, anyone.Failure?.Kind);
        Assert.True(store.Reports(new ReportFilter { Scope = AccessScope.All, ReportId = own.ReportId }).Single().IsPublished);
    }

    [Fact]
    public void Imports_reports_published_as_copies_of_published_documents()
    {
        using var samples = new SampleStore().WithSamples();

        Assert.All(samples.Store.Reports(new ReportFilter { Scope = AccessScope.All }), r => Assert.True(r.IsPublished));
    }

    [Fact]
    public void Leaves_an_unpublished_report_out_of_the_publics_dashboard_and_roll_up()
    {
        using var samples = new SampleStore().WithSamples();
        var store = samples.Store;
        var report = store.Reports(new ReportFilter { Scope = AccessScope.Public }).First(r => !r.IsSummary);
        var year = report.Year!.Value;
        var before = BuildDashboard.Run(store, new DashboardOptions { Scope = AccessScope.Public, Year = year }).Dashboard!;

        Assert.True(PublishReport.Run(store, Options(AccessScope.All, report.ReportId, publish: false)).Changed);
        var after = BuildDashboard.Run(store, new DashboardOptions { Scope = AccessScope.Public, Year = year }).Dashboard!;
        var office = BuildDashboard.Run(store, new DashboardOptions { Scope = AccessScope.All, Year = year }).Dashboard!;
        var rollUp = RollUpRegion.Run(store, new RollUpOptions { Scope = AccessScope.Public, Year = year });

        Assert.Equal(before.Totals.Reports - 1, after.Totals.Reports);
        Assert.Equal(before.Coverage.Sum(c => c.Reported) - 1, after.Coverage.Sum(c => c.Reported));
        Assert.DoesNotContain(after.Ranking, r => r.ReportId == report.ReportId);
        Assert.Contains(office.Ranking, r => r.ReportId == report.ReportId);
        Assert.Equal(after.Totals.Reports, Assert.Single(rollUp.Totals).Reports);
    }

    private static PublishOptions Options(AccessScope scope, long reportId, bool publish) =>
        new() { Scope = scope, Actor = scope.Kind == AccessKind.Region ? "luting" : "someone", ReportId = reportId, Publish = publish };
}
