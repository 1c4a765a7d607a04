using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Reminders;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai cases remind [--agency UNIT] [--assignee NAME] [--days N] [--send] [--smtp-host …]</c>: the open cases due
/// soon or overdue; with <c>--send</c> each unit's list is e-mailed to its reminder address.
/// </summary>
internal static class CasesRemindCommand
{
    public static Command Create()
    {
        var agency = new Option<string?>("--agency", "--unit") { Description = "只看该单位（单位代码），默认全部单位", HelpName = "单位代码" };
        var assignee = new Option<string?>("--assignee") { Description = "只看该经办人的申请", HelpName = "经办人" };
        var days = new Option<int?>("--days") { Description = $"提前提醒的工作日数（默认 {ReminderSettings.DefaultDays}）", HelpName = "工作日数" };
        var date = new Option<string?>("--date") { Description = "以该日为今天（YYYY-MM-DD，默认今天）", HelpName = "日期" };
        var send = new Option<bool>("--send") { Description = "把提醒发送到各单位设置的提醒邮箱（每单位每天一封）" };
        var again = new Option<bool>("--again") { Description = "与 --send 同用：今天已发送过的单位也再发送一次" };
        var host = new Option<string?>("--smtp-host") { Description = "邮件服务器（默认读取环境变量 GONGKAI_SMTP_HOST）", HelpName = "主机" };
        var port = new Option<int?>("--smtp-port") { Description = "端口（默认 GONGKAI_SMTP_PORT 或 25）", HelpName = "端口" };
        var from = new Option<string?>("--smtp-from") { Description = "发件人地址（默认 GONGKAI_SMTP_FROM）", HelpName = "地址" };
        var user = new Option<string?>("--smtp-user") { Description = "登录用户名（默认 GONGKAI_SMTP_USER；密码只从环境变量 GONGKAI_SMTP_PASSWORD 读取）", HelpName = "用户名" };
        var tls = new Option<string?>("--smtp-tls") { Description = "加密方式：auto、none、starttls、ssl（默认 GONGKAI_SMTP_TLS 或 auto）", HelpName = "方式" };
        var sender = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("remind", "列出已逾期和即将到期的未办结申请；加 --send 时发邮件提醒各单位")
        {
            agency, assignee, days, date, send, again, host, port, from, user, tls, sender, db,
        };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var today = CaseToday.Now();
            if (!CaseVerbs.TryDate(result.GetValue(date), "--date", error, out var asked))
            {
                return ExitCodes.BadUsage;
            }

            today = asked ?? today;

            var list = new ListRemindersOptions { Scope = AccessScope.All, UnitId = result.GetValue(agency), Assignee = result.GetValue(assignee), Days = result.GetValue(days), Today = today };
            if (!result.GetValue(send))
            {
                var listed = ListReminders.Run(store, list);
                if (listed.Failure is { } failure)
                {
                    return CaseVerbs.Fail(error, failure, result);
                }

                ReminderFormatter.List(output, listed);
                return ExitCodes.Ok;
            }

            var (smtp, smtpProblem) = SmtpSettings.FromEnvironment(Environment.GetEnvironmentVariable);
            if (smtpProblem is not null)
            {
                error.WriteLine(smtpProblem);
                return ExitCodes.BadUsage;
            }

            smtp = smtp with
            {
                Host = result.GetValue(host) ?? smtp.Host,
                Port = result.GetValue(port) ?? smtp.Port,
                From = result.GetValue(from) ?? smtp.From,
                User = result.GetValue(user) ?? smtp.User,
            };
            if (result.GetValue(tls) is { } mode)
            {
                if (SmtpSettings.ParseTls(mode) is not { } parsed)
                {
                    error.WriteLine($"命令行错误：--smtp-tls 的值“{mode}”无效，应为 auto、none、starttls 或 ssl。");
                    return ExitCodes.BadUsage;
                }

                smtp = smtp with { Tls = parsed };
            }

            var sent = SendReminders.Run(store, new SendRemindersOptions { Reminders = list, Smtp = smtp, User = CaseVerbs.UserOf(result, sender), Again = result.GetValue(again) });
            if (sent.Reminders.Count > 0 || sent.Failure is null)
            {
                ReminderFormatter.List(output, new ListRemindersResult { Reminders = sent.Reminders, Days = result.GetValue(days) ?? ReminderSettings.DefaultDays });
            }

            ReminderFormatter.Sent(output, sent.Units);
            if (sent.Failure is { } sendFailure)
            {
                return CaseVerbs.Fail(error, sendFailure, result);
            }

            return ExitCodes.Ok;
        }, writes: true);
        return command;
    }
}
