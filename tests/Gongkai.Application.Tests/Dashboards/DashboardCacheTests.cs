using Gongkai.Application.Dashboards;
using Gongkai.Store;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Tests.Dashboards;

/// <summary>Dashboards kept under the store's change stamp: reused while nothing changes, rebuilt after any change by anyone.</summary>
public sealed class DashboardCacheTests : IDisposable
{
    private readonly SampleStore _samples = new SampleStore().WithSamples();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Serves_the_dashboard_built_before_while_nothing_changes()
    {
        var first = Build(_samples.Store, AccessScope.All);

        var second = Build(_samples.Store, AccessScope.All);

        Assert.Same(first, second);
    }

    [Fact]
    public void Keeps_the_dashboards_of_two_scopes_apart()
    {
        var all = Build(_samples.Store, AccessScope.All);

        var region = Build(_samples.Store, AccessScope.Region("青禾省/青禾市/鹭汀县"));

        Assert.NotSame(all, region);
        Assert.Equal(3, region.Coverage.Sum(c => c.Expected));
    }

    [Fact]
    public void Builds_afresh_after_another_instance_on_the_same_store_changes_the_registry()
    {
        var before = Build(_samples.Store, AccessScope.All);
        using (var other = ReportStore.Open(_samples.Store.Location))
        {
            other.ImportRegistry([new RegisteredUnit("QH-NEW", "青禾市新设局", "部门", "青禾省/青禾市", "QH", [])]);
        }

        var after = Build(_samples.Store, AccessScope.All);

        Assert.Equal(before.Coverage.Sum(c => c.Expected) + 1, after.Coverage.Sum(c => c.Expected));
        Assert.Contains(after.Missing, u => u.Code == "QH-NEW");
    }

    private static RegionDashboard Build(ReportStore store, AccessScope scope)
    {
        var result = BuildDashboard.Run(store, new DashboardOptions { Scope = scope, Region = "青禾市", Year = 2022 });
        Assert.Null(result.Failure);
        return result.Dashboard!;
    }
}
