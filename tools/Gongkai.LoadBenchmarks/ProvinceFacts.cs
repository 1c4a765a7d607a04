using Gongkai.Store;

namespace Gongkai.LoadBenchmarks;

/// <summary>What the virtual users ask for, read from the store before the load: which reports exist, the province's region and latest year.</summary>
/// <param name="ReportIds">The reports linked to a unit (a 区域管理员 of the province sees every one of them).</param>
/// <param name="Region">The province's region path (the top of the registry): the dashboard's region and the region account's scope.</param>
/// <param name="Year">The latest year reported on: the dashboard's year.</param>
/// <param name="Units">Units in the province.</param>
/// <param name="ReportsInYear">Reports of the dashboard's year.</param>
internal sealed record ProvinceFacts(IReadOnlyList<long> ReportIds, string Region, int Year, int Units, int ReportsInYear)
{
    public static ProvinceFacts Read(ReportStore store)
    {
        var reports = store.Reports(new ReportFilter { Scope = AccessScope.All });
        var units = store.Units();
        var region = units.Where(u => u.ParentCode is null).Select(u => u.Region).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException("the store has no registry");
        var year = reports.Max(r => r.Year) ?? throw new InvalidOperationException("the store has no report with a year");
        return new([.. reports.Where(r => r.UnitCode is not null).Select(r => r.ReportId)], region, year, units.Count, reports.Count(r => r.Year == year));
    }
}
