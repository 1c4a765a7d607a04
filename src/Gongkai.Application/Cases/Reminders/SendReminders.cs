using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Accounts;

namespace Gongkai.Application.Cases.Reminders;

/// <summary>
/// E-mails each unit the reminders of its cases (<see cref="ListReminders"/>), to the reminder address of its case
/// profile. Each mail sent is recorded in the audit log (<see cref="ReminderSettings.SentAction"/>, resource the unit,
/// detail starting with the day), and a unit already sent its reminder that day is skipped, so a scheduled run repeated
/// the same day sends nothing twice.
/// </summary>
public static class SendReminders
{
    /// <summary>Sends as <paramref name="options"/> says; failures are in the result.</summary>
    public static SendRemindersResult Run(ReportStore store, SendRemindersOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Smtp.IsConfigured)
        {
            return new SendRemindersResult
            {
                Failure = new(FailureKind.BadUsage, "未配置邮件服务器（SMTP），没有发送任何提醒邮件：请用 --smtp-host 和 --smtp-from 指定，或设置环境变量 GONGKAI_SMTP_HOST 和 GONGKAI_SMTP_FROM。"),
            };
        }

        var listed = ListReminders.Run(store, options.Reminders);
        if (listed.Failure is not null)
        {
            return new SendRemindersResult { Failure = listed.Failure };
        }

        return CaseStoreErrors.Guard(store, () => Send(store, options, listed), failure => new SendRemindersResult { Reminders = listed.Reminders, Failure = failure });
    }

    private static SendRemindersResult Send(ReportStore store, SendRemindersOptions options, ListRemindersResult listed)
    {
        var today = options.Reminders.Today;
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sentToday = options.Again ? [] : SentOn(store, day);
        var names = store.Units().ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var outcomes = new List<SentReminder>();
        var mails = new List<ReminderMail>();
        foreach (var unit in listed.Reminders.GroupBy(r => r.UnitId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var profile = store.CaseProfiles.Get(unit.Key);
            var count = unit.Count();
            if (profile?.ReminderEmail is not { Length: > 0 } to)
            {
                outcomes.Add(new SentReminder(unit.Key, null, count, false, "未设置提醒邮箱（在单位的申请办理设置中填写）"));
                continue;
            }

            if (sentToday.Contains(unit.Key))
            {
                outcomes.Add(new SentReminder(unit.Key, to, count, false, $"今天（{day}）已发送过提醒"));
                continue;
            }

            var name = profile.AgencyName ?? names.GetValueOrDefault(unit.Key, unit.Key);
            mails.Add(ReminderMail.Of(unit.Key, name, to, [.. unit], today, listed.Days));
        }

        var results = mails.Count == 0 ? [] : ReminderMailer.Send(options.Smtp, mails);
        var failures = new List<string>();
        for (var i = 0; i < mails.Count; i++)
        {
            var mail = mails[i];
            if (results[i] is { } problem)
            {
                outcomes.Add(new SentReminder(mail.UnitId, mail.To, mail.Reminders.Count, false, problem));
                failures.Add(problem);
                continue;
            }

            store.Audit.Write(new AuditEntry(DateTimeOffset.UtcNow, options.User, ReminderSettings.SentAction, mail.UnitId,
                $"{day} → {mail.To}：{string.Join("、", mail.Reminders.Select(r => r.Number))}", null));
            outcomes.Add(new SentReminder(mail.UnitId, mail.To, mail.Reminders.Count, true, null));
        }

        var failed = failures.Distinct().ToList();
        return new SendRemindersResult
        {
            Reminders = listed.Reminders,
            Units = [.. outcomes.OrderBy(o => o.UnitId, StringComparer.Ordinal)],
            Failure = failed.Count == 0 ? null : new(FailureKind.UnusableInput, string.Join(Environment.NewLine, failed)),
        };
    }

    // The units sent their reminder on `day`: the audit entries of the last two days whose detail starts with it.
    private static HashSet<string> SentOn(ReportStore store, string day) =>
        [.. store.Audit.Find(new AuditQuery { Action = ReminderSettings.SentAction, From = DateTimeOffset.UtcNow.AddDays(-2) })
            .Where(e => e.Resource is not null && (e.Detail ?? "").StartsWith(day, StringComparison.Ordinal))
            .Select(e => e.Resource!)];
}
