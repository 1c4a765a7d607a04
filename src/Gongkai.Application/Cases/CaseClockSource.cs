using Gongkai.Application.Cases.Calendars;
using Gongkai.Core.Cases.Clock;
using Gongkai.Store;

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
        return new CaseClockContext(EffectiveCalendar.For(store, region ?? ""), settings ?? ClockSettings.Default);
    }

    /// <summary>
    /// The last day of the span "due within <paramref name="workingDays"/> working days" from <paramref name="today"/>
    /// that lists, statistics and reminders query by: counted by the national calendar, since one query covers units
    /// of several regions (a region's extra holiday may add a day for its units).
    /// </summary>
    public static DateOnly DueWindowEnd(ReportStore store, DateOnly today, int workingDays) =>
        WorkingDays.Add(today, workingDays, ForRegion(store, null).Calendar);
}
