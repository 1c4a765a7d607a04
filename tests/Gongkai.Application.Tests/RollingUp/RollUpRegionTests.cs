using Gongkai.Application.RollingUp;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Application.Tests.RollingUp;

public sealed class RollUpRegionTests : IDisposable
{
    private readonly SampleStore _samples = new SampleStore().WithSamples();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Totals_the_2021_samples_cell_by_cell_and_keeps_a_blank_apart_from_zero()
    {
        var rolledUp = RollUpRegion.Run(_samples.Store, new RollUpOptions { Scope = AccessScope.All, Year = 2021 });

        // s01 (市自然资源和规划局) and s05 (汀兰街道) are the 2021 reports; s05 leaves 行政许可 blank.
        var totals = Assert.Single(rolledUp.Totals);
        Assert.Equal(2021, totals.Year);
        Assert.Equal(2, totals.Reports);
        Assert.Equal(new CellTotal(Cell(totals, "proactive.licensing.decisions").Cell, 1386, Reporting: 1, Blank: 1), Cell(totals, "proactive.licensing.decisions"));
        Assert.Equal(57 + 23, Cell(totals, "proactive.punishment.decisions").Sum);
        Assert.Equal(2, Cell(totals, "proactive.punishment.decisions").Reporting);
    }

    [Fact]
    public void Totals_only_the_region_asked_for()
    {
        var rolledUp = RollUpRegion.Run(_samples.Store, new RollUpOptions { Scope = AccessScope.All, Region = "云溪区", Year = 2021 });

        var totals = Assert.Single(rolledUp.Totals);
        Assert.Equal(1, totals.Reports);
        Assert.Equal(23, Cell(totals, "proactive.punishment.decisions").Sum);
    }

    [Fact]
    public void Lists_every_year_of_a_range_that_has_reports_in_order()
    {
        var rolledUp = RollUpRegion.Run(_samples.Store, new RollUpOptions { Scope = AccessScope.All, Year = 2019, ToYear = 2023 });

        Assert.Equal([2019, 2020, 2021, 2022, 2023], rolledUp.Totals.Select(t => t.Year));
        Assert.Equal(10, rolledUp.Totals.Sum(t => t.Reports + t.SummaryReports));
    }

    [Fact]
    public void Says_which_reports_it_looked_for_when_there_are_none()
    {
        var rolledUp = RollUpRegion.Run(_samples.Store, new RollUpOptions { Scope = AccessScope.All, Region = "无此地", Year = 2021 });

        Assert.Empty(rolledUp.Totals);
        Assert.Equal(("无此地", 2021, 2021), (rolledUp.Filter.Region, rolledUp.Filter.FromYear, rolledUp.Filter.ToYear));
    }

    private static CellTotal Cell(RegionTotals totals, string path) => Assert.Single(totals.Cells, c => c.Cell.Path == path);
}
