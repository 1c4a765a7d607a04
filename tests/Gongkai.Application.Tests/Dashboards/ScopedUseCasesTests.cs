using Gongkai.Application.Comparing;
using Gongkai.Application.RollingUp;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Dashboards;

/// <summary>RollUpRegion and CompareReports given an access scope (the web app's), which the CLI leaves at every report.</summary>
public sealed class ScopedUseCasesTests : IDisposable
{
    private readonly SampleStore _samples = new SampleStore().WithSamples();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Totals_only_the_reports_in_the_scope()
    {
        var all = RollUpRegion.Run(_samples.Store, new RollUpOptions { Scope = AccessScope.All, Year = 2019, ToYear = 2023 });
        var region = RollUpRegion.Run(_samples.Store, new RollUpOptions { Year = 2019, ToYear = 2023, Scope = AccessScope.Region("青禾省/青禾市/鹭汀县") });

        Assert.Equal(10, all.Totals.Sum(t => t.Reports + t.SummaryReports));
        Assert.Equal([2019, 2023], region.Totals.Select(t => t.Year));
        Assert.Equal(2, region.Totals.Sum(t => t.Reports));
    }

    [Fact]
    public void Does_not_find_another_units_report_for_a_unit_user()
    {
        var scope = AccessScope.Unit("QH-TC-ZJ");

        var other = CompareReports.Run(_samples.Store, new CompareOptions { Agency = "QH-RS", Year = 2020, Scope = scope });
        var beside = CompareReports.Run(_samples.Store, new CompareOptions { Agency = "QH-TC-ZJ", With = "QH-RS", Year = 2020, Scope = scope });
        var admin = CompareReports.Run(_samples.Store, new CompareOptions { Scope = AccessScope.All, Agency = "QH-TC-ZJ", With = "QH-RS", Year = 2020 });

        Assert.NotNull(other.Failure);
        Assert.Null(beside.Comparison!.Right);
        Assert.All(beside.Comparison.Cells, c => Assert.Null(c.Right));
        Assert.NotNull(admin.Comparison!.Right);
    }

    [Theory]
    [InlineData("QH-LT-NY", "青禾省/青禾市/鹭汀县", true)]
    [InlineData("QH-LT", "青禾省/青禾市/鹭汀县", true)]
    [InlineData("QH-TC-ZJ", "青禾省/青禾市/棠川县", false)]
    [InlineData("QH", "青禾省/青禾市", false)]
    public void Covers_a_registry_unit_in_a_region_scope_by_path_prefix(string code, string region, bool covered)
    {
        var unit = new Gongkai.Store.Registry.RegisteredUnit(code, code, "部门", region, null, []);

        Assert.Equal(covered, AccessScope.Region("青禾省/青禾市/鹭汀县").Covers(unit));
        Assert.True(AccessScope.All.Covers(unit));
        Assert.Equal(code == "QH-TC-ZJ", AccessScope.Unit("QH-TC-ZJ").Covers(unit));
    }
}
