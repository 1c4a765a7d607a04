using Gongkai.Core.Cases.Clock;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>The one place that builds the calendar a unit's deadlines are counted with.</summary>
public static class CaseClockSource
{
    /// <summary>
    /// The clock of <paramref name="unitId"/>: the embedded official calendar, then the store's national entries (a year
    /// an admin added), then the entries of each region on the unit's path from the top down (<c>江南省</c>, then
    /// <c>江南省/东山市</c>, …), so that the nearest region's entry wins. A unit not in the registry gets the national calendar.
    /// </summary>
    public static CaseClockContext For(ReportStore store, string unitId, ClockSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var region = store.Units().FirstOrDefault(u => u.Code == unitId)?.Region;
        return ForRegion(store, region, settings);
    }

    /// <summary>The clock of a unit in <paramref name="region"/> (a region path, or <see langword="null"/> for the national calendar only).</summary>
    public static CaseClockContext ForRegion(ReportStore store, string? region, ClockSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var calendar = WorkingCalendar.Official.With(store.Cases.Calendar(CaseRepository.NationalRegion));
        foreach (var path in RegionPaths(region))
        {
            calendar = calendar.With(store.Cases.Calendar(path));
        }

        return new CaseClockContext(calendar, settings ?? ClockSettings.Default);
    }

    // 江南省/东山市/西湖区 → 江南省, 江南省/东山市, 江南省/东山市/西湖区.
    private static IEnumerable<string> RegionPaths(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            yield break;
        }

        var segments = region.Trim().Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= segments.Length; i++)
        {
            yield return string.Join('/', segments[..i]);
        }
    }
}
