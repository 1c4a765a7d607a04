using Gongkai.Application.Auditing;
using Gongkai.Application.Importing;
using Gongkai.Application.Reviewing;
using Gongkai.Application.Tests.Support;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Reviews;
using Gongkai.Store.Tests;
using Gongkai.Synthetic;

namespace Gongkai.Application.Tests.Reviewing;

/// <summary>The audit in a caller's scope, and reviews reaching only findings inside it (the synthetic province).</summary>
public sealed class ReviewFindingTests(ProvinceFixture province) : IClassFixture<ProvinceFixture>, IDisposable
{
    private readonly TestStore _test = TestStore.Create("sqlite");

    public void Dispose() => _test.Dispose();

    [Fact]
    public void A_units_audit_holds_its_own_findings_and_coverage_only()
    {
        using var store = Imported();
        var flaw = province.Province.Flaws.First(f => f.Kind == FlawKind.Balance);

        var all = AuditRegion.Run(store, new AuditOptions { Scope = AccessScope.All, Year = flaw.Year });
        var own = AuditRegion.Run(store, new AuditOptions { Year = flaw.Year, Scope = AccessScope.Unit(flaw.UnitCode) });

        Assert.Contains(all.Findings, f => f.UnitCode != flaw.UnitCode);
        Assert.NotEmpty(own.Findings);
        Assert.All(own.Findings, f => Assert.Equal(flaw.UnitCode, f.UnitCode));
        Assert.Equal(flaw.UnitCode, Assert.Single(own.Registered).Code);
        Assert.Equal(flaw.UnitCode, Assert.Single(own.Reports).UnitCode);
        Assert.Equal(1, own.Totals.Reports + own.Totals.SummaryReports);
    }

    [Fact]
    public void A_region_administrators_audit_stays_inside_its_region()
    {
        using var store = Imported();
        var flaw = province.Province.Flaws.First(f => f.Kind == FlawKind.Balance);
        var region = store.Units().Single(u => u.Code == flaw.UnitCode).Region;
        var inRegion = store.Units().Where(u => u.Region == region || u.Region.StartsWith(region + "/", StringComparison.Ordinal)).Select(u => u.Code).ToHashSet();

        var audit = AuditRegion.Run(store, new AuditOptions { Year = flaw.Year, Scope = AccessScope.Region(region) });

        Assert.Contains(audit.Findings, f => f.UnitCode == flaw.UnitCode);
        Assert.All(audit.Findings, f => Assert.Contains(f.UnitCode!, inRegion));
        Assert.All(audit.Registered, u => Assert.Contains(u.Code, inRegion));
    }

    [Fact]
    public void A_finding_outside_the_scope_is_not_found_and_nothing_is_saved()
    {
        using var store = Imported();
        var flaw = province.Province.Flaws.First(f => f.Kind == FlawKind.Balance);
        var other = AuditWorkList.Run(store, new WorkListOptions { Scope = AccessScope.All, Year = flaw.Year }).Items.First(i => i.Finding.UnitCode is { } c && c != flaw.UnitCode);

        var result = ReviewFinding.Run(store, new ReviewOptions
        {
            Scope = AccessScope.Unit(flaw.UnitCode), Actor = "unit", FindingKey = other.Key, Action = ReviewAction.Confirm, Year = flaw.Year,
        });

        Assert.Equal(FailureKind.NotFound, result.Failure?.Kind);
        Assert.Null(store.Reviews.Find(other.Key));
    }

    [Fact]
    public void Dismissing_needs_a_reason_and_a_dismissed_finding_leaves_the_open_list()
    {
        using var store = Imported();
        var flaw = province.Province.Flaws.First(f => f.Kind == FlawKind.Balance);
        var scope = AccessScope.Unit(flaw.UnitCode);
        var finding = AuditWorkList.Run(store, new WorkListOptions { Scope = scope, Year = flaw.Year }).Items[0];
        ReviewOptions Dismiss(string? note) => new() { Scope = scope, Actor = "unit", FindingKey = finding.Key, Action = ReviewAction.Dismiss, Year = flaw.Year, Note = note };

        var refused = ReviewFinding.Run(store, Dismiss("  "));
        var dismissed = ReviewFinding.Run(store, Dismiss("原文如此，已核对"));
        var open = AuditWorkList.Run(store, new WorkListOptions { Scope = scope, Year = flaw.Year, Filter = WorkListFilter.Open });

        Assert.Equal((FailureKind.BadUsage, "驳回问题须填写理由。"), (refused.Failure?.Kind, refused.Failure?.Message));
        Assert.Equal(ReviewStatus.Dismissed, dismissed.Review?.Status);
        Assert.Contains("驳回，理由：原文如此，已核对", dismissed.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(open.Items, i => i.Key == finding.Key);
        Assert.Equal(open.Items.Count, open.OpenCount);
    }

    private ReportStore Imported()
    {
        var store = _test.Open();
        store.ImportRegistry(RegistryCsv.Read(province.Registry).Units);
        new ReportImporter(store, TestPipelines.Full).Import(province.Files);
        return store;
    }
}
