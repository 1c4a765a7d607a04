using Gongkai.Core.Cases.Clock;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Calendars;

/// <summary>The working-day calendar a unit's cases count by.</summary>
public static class EffectiveCalendar
{
    /// <summary>
    /// The official notices embedded in the product, then the stored national entries (a later year, a correction),
    /// then each enclosing region's extra holidays down to <paramref name="unitRegion"/>'s own: a nearer entry for
    /// a day wins.
    /// </summary>
    public static WorkingCalendar For(ReportStore store, string unitRegion)
    {
        ArgumentNullException.ThrowIfNull(store);
        var calendar = WorkingCalendar.Official;
        foreach (var region in CalendarRegions.Applying(unitRegion))
        {
            if (store.Cases.Calendar(region) is { Count: > 0 } entries)
            {
                calendar = calendar.With(entries);
            }
        }

        return calendar;
    }
}
