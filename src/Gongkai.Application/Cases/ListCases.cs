using Gongkai.Core.Cases.Clock;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>
/// Lists the cases in the caller's scope by their stored deadline. Working days left are counted from the stored
/// deadline with each unit's calendar, without reading bodies (so a pause running today is not left out: the case
/// page's count is exact).
/// </summary>
public static class ListCases
{
    /// <summary>Lists as <paramref name="options"/> says; failures are in the result.</summary>
    public static ListCasesResult Run(ReportStore store, ListCasesOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () => List(store, options), failure => new ListCasesResult { Failure = failure });
    }

    private static ListCasesResult List(ReportStore store, ListCasesOptions options)
    {
        if (options.UnitId is { } unit && CaseAccess.Unit(store, unit, options.Scope) is null)
        {
            return new ListCasesResult { Failure = CaseAccess.UnitNotFound(unit) };
        }

        if (options.DueWithinWorkingDays is < 0)
        {
            return new ListCasesResult { Failure = new(FailureKind.BadUsage, "临近期限的工作日数不能为负数。") };
        }

        var today = options.Today ?? CaseToday.Now();
        var size = Math.Clamp(options.PageSize, 1, 500);
        var query = new CaseQuery
        {
            UnitId = options.UnitId,
            Assignee = options.Assignee,
            OpenOnly = options.OpenOnly || options.OverdueOnly || options.DueWithinWorkingDays is not null,
            ReceivedYear = options.ReceivedYear,
            Text = options.Text,
            Page = Math.Max(options.Page, 1),
            PageSize = size,
        };
        if (options.OverdueOnly)
        {
            query = query with { DueBefore = today };
        }

        if (options.DueWithinWorkingDays is { } days)
        {
            var last = CaseClockSource.DueWindowEnd(store, today, days);
            query = query with
            {
                DueAfter = today.AddDays(-1),
                DueBefore = options.OverdueOnly ? today : last.AddDays(1),
            };
        }

        var rows = store.Cases.List(query, options.Scope);

        // Whether another page follows: the one row after this page (a page of one row at that offset).
        var hasMore = rows.Count == size && store.Cases.List(query with { Page = (size * query.Page) + 1, PageSize = 1 }, options.Scope).Count > 0;
        // One calendar per region among the page's units, the registry read once.
        var regions = rows.Count == 0 ? [] : store.Units().ToDictionary(u => u.Code, u => u.Region, StringComparer.Ordinal);
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        WorkingCalendar CalendarOf(string unitId)
        {
            var region = regions.GetValueOrDefault(unitId) ?? "";
            if (!calendars.TryGetValue(region, out var calendar))
            {
                calendar = CaseClockSource.ForRegion(store, region).Calendar;
                calendars[region] = calendar;
            }

            return calendar;
        }

        var page = rows.Select(s =>
        {
            int? left = s.ClosedOn is null && s.Due is { } due ? WorkingDays.Count(today, due, CalendarOf(s.UnitId)) : null;
            return new CaseListRow(s, left, s.ClosedOn is null && s.Due < today);
        }).ToList();
        return new ListCasesResult { Rows = page, HasMore = hasMore };
    }
}
