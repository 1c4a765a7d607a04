using Gongkai.Application.Importing;
using Gongkai.Application.Tests.Support;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Tests;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Stores;

/// <summary>The access scope is part of the SQL of every report query: outside it, a report is not found by any filter or id.</summary>
public sealed class AccessScopeTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Limits_listings_and_ids_to_the_scope_on_both_engines(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Samples(test);
        var all = store.Reports();
        var ny = all.Single(r => r.UnitCode == "QH-LT-NY");

        var region = store.Reports(new ReportFilter { Scope = AccessScope.Region("青禾省/青禾市/鹭汀县") });
        var unit = store.Reports(new ReportFilter { Scope = AccessScope.Unit("QH-TC-ZJ") });
        var city = store.Reports(new ReportFilter { Scope = AccessScope.Region("青禾省/青禾市") });

        Assert.Equal(["QH-LT-NY", "QH-LT-WJ"], region.Select(r => r.UnitCode).Order(StringComparer.Ordinal));
        Assert.Equal("QH-TC-ZJ", Assert.Single(unit).UnitCode);
        Assert.Equal(all.Count(r => r.UnitCode is not null), city.Count);
        Assert.Empty(store.Reports(new ReportFilter { Scope = AccessScope.Unit("QH-TC-ZJ"), ReportId = ny.ReportId }));
        Assert.Single(store.Reports(new ReportFilter { Scope = AccessScope.Region("青禾省/青禾市/鹭汀县"), ReportId = ny.ReportId }));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Matches_a_region_scope_by_path_prefix_only_never_by_a_segment(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Samples(test);

        // 鹭汀县 is a segment of 青禾省/青禾市/鹭汀县 but not a path from the root: a scope is never widened by a name.
        Assert.Empty(store.Reports(new ReportFilter { Scope = AccessScope.Region("鹭汀县") }));
        Assert.Empty(store.Reports(new ReportFilter { Scope = AccessScope.Region("青禾省/青禾") }));
        Assert.Empty(store.Reports(new ReportFilter { Scope = AccessScope.Region("青禾省/青禾市/鹭汀县%") }));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Browses_by_status_and_name_one_page_at_a_time(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = Samples(test);

        var errors = store.Browse(new ReportFilter { Scope = AccessScope.All, Status = ReportStatus.Errors }, ReportSort.ProblemsDescending, 0, 100);
        var named = store.Browse(new ReportFilter { Scope = AccessScope.All, NameContains = "住房" }, ReportSort.Name, 0, 100);
        var literal = store.Browse(new ReportFilter { Scope = AccessScope.All, NameContains = "%" }, ReportSort.Name, 0, 100);
        var page2 = store.Browse(ReportFilter.All, ReportSort.YearDescending, 3, 3);

        Assert.NotEmpty(errors.Reports);
        Assert.All(errors.Reports, r => Assert.True(r.Errors > 0));
        Assert.Equal("QH-TC-ZJ", Assert.Single(named.Reports).UnitCode);
        Assert.Equal(0, literal.Total);
        Assert.Equal(10, page2.Total);
        Assert.Equal(3, page2.Reports.Count);
    }

    private static ReportStore Samples(TestStore test)
    {
        var store = test.Open();
        store.ImportRegistry(RegistryCsv.Read(Path.Combine(RepositoryRoot.Samples, "registry.csv")).Units);
        new ReportImporter(store, TestPipelines.Full).Import([.. Directory.GetFiles(RepositoryRoot.Samples, "*.txt").Order(StringComparer.Ordinal)]);
        return store;
    }
}
