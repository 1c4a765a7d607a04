using Gongkai.Application.Cases.Reminders;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Cases.Reminders;

public sealed class ListRemindersTests
{
    [Fact]
    public void Lists_open_cases_due_within_the_working_days_and_the_overdue_ones_with_chinese_lines()
    {
        using var test = ReminderTestStore.Create(out var store);

        var result = ListReminders.Run(store, new ListRemindersOptions { Scope = AccessScope.All, Today = ReminderTestStore.Today });

        Assert.Null(result.Failure);
        Assert.Equal(
            [
                "申请 2026-0009（李某）已于 2026-11-30 到期，已逾期 2 个工作日",
                "申请 2026-0003（钱某）今天（2026-12-02）到期",
                "申请 2026-0012（张某某）将于 2026-12-07 到期，剩余 3 个工作日",
            ],
            result.Reminders.Select(r => r.Line));
        Assert.Equal([-2, 0, 3], result.Reminders.Select(r => r.WorkingDaysLeft));
        Assert.True(result.Reminders[0].Overdue);
    }

    [Fact]
    public void Keeps_to_the_unit_the_scope_and_the_days_asked_for()
    {
        using var test = ReminderTestStore.Create(out var store);

        var unit = ListReminders.Run(store, new ListRemindersOptions { Scope = AccessScope.All, UnitId = ReminderTestStore.Unit.Code, Days = 25, Today = ReminderTestStore.Today });
        var scoped = ListReminders.Run(store, new ListRemindersOptions { Scope = AccessScope.Unit(ReminderTestStore.Other.Code), Today = ReminderTestStore.Today });
        var outside = ListReminders.Run(store, new ListRemindersOptions { Scope = AccessScope.Unit(ReminderTestStore.Other.Code), UnitId = ReminderTestStore.Unit.Code, Today = ReminderTestStore.Today });
        var negative = ListReminders.Run(store, new ListRemindersOptions { Scope = AccessScope.All, Days = -1, Today = ReminderTestStore.Today });

        Assert.Equal(["2026-0009", "2026-0012", "2026-0013"], unit.Reminders.Select(r => r.Number));
        Assert.Equal(["2026-0003"], scoped.Reminders.Select(r => r.Number));
        Assert.Equal(FailureKind.NotFound, outside.Failure?.Kind);
        Assert.Equal(FailureKind.BadUsage, negative.Failure?.Kind);
    }
}
