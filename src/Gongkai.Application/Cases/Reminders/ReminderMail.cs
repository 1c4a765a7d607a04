using System.Globalization;
using System.Text;

namespace Gongkai.Application.Cases.Reminders;

/// <summary>One unit's reminder e-mail: its recipient, subject and body (plain text).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="To">Its reminder address (case profile).</param>
/// <param name="Subject">The subject, in Chinese.</param>
/// <param name="Body">The body: one line per case, overdue first.</param>
/// <param name="Reminders">The cases it reminds of.</param>
public sealed record ReminderMail(string UnitId, string To, string Subject, string Body, IReadOnlyList<CaseReminder> Reminders)
{
    /// <summary>The mail of <paramref name="unitName"/>'s <paramref name="reminders"/> on <paramref name="today"/>.</summary>
    public static ReminderMail Of(string unitId, string unitName, string to, IReadOnlyList<CaseReminder> reminders, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var overdue = reminders.Count(r => r.Overdue);
        var subject = $"【政府信息公开申请到期提醒】{unitName}：{reminders.Count} 件将到期或已逾期（{day}）";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{unitName}：\n\n截至 {day}，本单位有 {reminders.Count - overdue} 件政府信息公开申请将在 {days} 个工作日内到期，{overdue} 件已逾期：\n\n");
        foreach (var r in reminders.OrderBy(r => r.WorkingDaysLeft).ThenBy(r => r.Number, StringComparer.Ordinal))
        {
            body.Append(CultureInfo.InvariantCulture, $"- {r.Line}{(r.Assignee is { } a ? $"，经办人：{a}" : "")}\n");
        }

        body.Append("\n答复期限依《政府信息公开条例》第三十三条计算。此邮件由政府信息公开管理系统自动发送，请勿回复。\n");
        return new ReminderMail(unitId, to, subject, body.ToString(), reminders);
    }
}
