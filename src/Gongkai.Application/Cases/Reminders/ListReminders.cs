using System.Globalization;
using Gongkai.Core.Cases.Clock;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Reminders;

/// <summary>
/// The open cases due within N working days, and the overdue ones, each with a Chinese line: the in-app reminder list
/// and the body of the reminder e-mails (<see cref="SendReminders"/>).
/// </summary>
public static class ListReminders
{
    // The store pages its lists; a unit's open cases fit in a few pages.
    private const int PageSize = 500;

    /// <summary>The reminders of <paramref name="options"/>'s scope, unit or assignee.</summary>
    public static ListRemindersResult Run(ReportStore store, ListRemindersOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var days = options.Days ?? ReminderSettings.DefaultDays;
        if (days is < 0 or > 366)
        {
            return new ListRemindersResult { Failure = new(FailureKind.BadUsage, $"提前提醒的工作日数应为 0 至 366，所填为 {days}。") };
        }

        if (options.UnitId is { } unit && CaseAccess.Unit(store, unit, options.Scope) is null)
        {
            return new ListRemindersResult { Failure = CaseAccess.UnitNotFound(unit) };
        }

        return CaseStoreErrors.Guard(store, () => List(store, options, days), failure => new ListRemindersResult { Failure = failure });
    }

    private static ListRemindersResult List(ReportStore store, ListRemindersOptions options, int days)
    {
        // The horizon as the case list counts it; each case's days by its unit's calendar.
        var horizon = CaseClockSource.DueWindowEnd(store, options.Today, days);
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        var reminders = new List<CaseReminder>();
        for (var page = 1; ; page++)
        {
            var batch = store.Cases.List(
                new CaseQuery { UnitId = options.UnitId, Assignee = options.Assignee, OpenOnly = true, DueBefore = horizon.AddDays(1), Page = page, PageSize = PageSize },
                options.Scope);
            foreach (var c in batch.Where(c => c.Due is not null))
            {
                if (!calendars.TryGetValue(c.UnitId, out var calendar))
                {
                    calendars[c.UnitId] = calendar = CaseClockSource.For(store, c.UnitId).Calendar;
                }

                reminders.Add(Reminder(c, c.Due!.Value, options.Today, calendar));
            }

            if (batch.Count < PageSize)
            {
                break;
            }
        }

        return new ListRemindersResult { Reminders = [.. reminders.OrderBy(r => r.Due).ThenBy(r => r.Number, StringComparer.Ordinal)], Days = days };
    }

    /// <summary>The reminder of one case due on <paramref name="due"/>, as seen on <paramref name="today"/>.</summary>
    public static CaseReminder Reminder(StoredCaseSummary c, DateOnly due, DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        var left = due >= today ? WorkingDays.Count(today, due, calendar) : -WorkingDays.Count(due, today, calendar);
        var day = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var line = $"申请 {c.Number}（{c.ApplicantName}）" + (due < today
            ? $"已于 {day} 到期，已逾期 {Math.Max(-left, 1)} 个工作日"
            : due == today ? $"今天（{day}）到期" : $"将于 {day} 到期，剩余 {left} 个工作日");
        return new CaseReminder(c.Id, c.UnitId, c.Number, c.ApplicantName, c.Assignee, due, due < today ? Math.Min(left, -1) : left, line);
    }
}
