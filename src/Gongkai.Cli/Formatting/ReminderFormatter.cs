using Gongkai.Application.Cases.Reminders;

namespace Gongkai.Cli.Formatting;

/// <summary>The reminder list and what became of each unit's e-mail, in Chinese.</summary>
internal static class ReminderFormatter
{
    public static void List(TextWriter output, ListRemindersResult result)
    {
        if (result.Reminders.Count == 0)
        {
            output.WriteLine($"没有已逾期或 {result.Days} 个工作日内到期的未办结申请。");
            return;
        }

        foreach (var unit in result.Reminders.GroupBy(r => r.UnitId))
        {
            output.WriteLine($"{unit.Key}：");
            foreach (var reminder in unit.OrderBy(r => r.WorkingDaysLeft))
            {
                output.WriteLine($"  {reminder.Line}{(reminder.Assignee is { } a ? $"（经办人：{a}）" : "")}");
            }
        }

        var overdue = result.Reminders.Count(r => r.Overdue);
        output.WriteLine($"共 {result.Reminders.Count} 件：已逾期 {overdue} 件，{result.Days} 个工作日内到期 {result.Reminders.Count - overdue} 件。");
    }

    public static void Sent(TextWriter output, IReadOnlyList<SentReminder> units)
    {
        foreach (var unit in units)
        {
            output.WriteLine(unit.Sent
                ? $"{unit.UnitId}：已发送提醒邮件至 {unit.To}（{unit.Cases} 件）。"
                : $"{unit.UnitId}：未发送（{unit.Note}）。");
        }
    }
}
