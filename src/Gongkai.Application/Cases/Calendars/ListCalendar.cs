using Gongkai.Store;

namespace Gongkai.Application.Cases.Calendars;

/// <summary>Shows a region's calendar (the calendar is public information: no scope).</summary>
public static class ListCalendar
{
    /// <summary>The calendar of <see cref="CalendarListOptions.Region"/>, for one year or all.</summary>
    public static CalendarListResult Run(ReportStore store, CalendarListOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var region = CalendarRegions.Normalize(options.Region);
        bool InYear(DateOnly d) => options.Year is not { } year || d.Year == year;
        return new CalendarListResult(
            region,
            [.. store.Cases.Calendar(region).Where(e => InYear(e.Date))],
            [.. EffectiveCalendar.For(store, region).Entries.Where(e => InYear(e.Date))]);
    }
}
