using Gongkai.Store;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Dashboards;

/// <summary>What the 区域看板 shows for a region and year, all within the caller's access scope.</summary>
/// <param name="Region">The region as asked (<see langword="null"/>: every region in the scope).</param>
/// <param name="Year">The year.</param>
/// <param name="Totals">Every cell's total for the year (<see cref="RollingUp.RollUpRegion"/>).</param>
/// <param name="Trend">The totals of each year of the trend that has reports, oldest first.</param>
/// <param name="Coverage">Units expected and reported, by level (registry order).</param>
/// <param name="Missing">Registered units without a report for the year.</param>
/// <param name="Unlinked">Reports of the year not linked to a registered unit (not counted in the coverage).</param>
/// <param name="SubRegions">The regions one level down, to drill into.</param>
/// <param name="Units">The units placed directly in the region, with their reports.</param>
/// <param name="Ranking">Reports by requests received, most first (summary reports left out).</param>
/// <param name="Outcomes">Table 三's outcome groups (（一）–（六）), 总计 column.</param>
/// <param name="Applicants">Table 三's 本年新收 by applicant kind.</param>
public sealed record RegionDashboard(
    string? Region,
    int Year,
    RegionTotals Totals,
    IReadOnlyList<RegionTotals> Trend,
    IReadOnlyList<LevelCoverage> Coverage,
    IReadOnlyList<RegisteredUnit> Missing,
    IReadOnlyList<StoredReport> Unlinked,
    IReadOnlyList<SubRegion> SubRegions,
    IReadOnlyList<RegionUnit> Units,
    IReadOnlyList<RankedUnit> Ranking,
    IReadOnlyList<ChartSlice> Outcomes,
    IReadOnlyList<ChartSlice> Applicants)
{
    /// <summary>The indicators of the year's totals, named.</summary>
    public IReadOnlyList<IndicatorValue> Indicators => IndicatorValue.Of(Totals.Indicators);
}
