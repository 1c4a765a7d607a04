using Gongkai.Application.Cases.Reminders;
using Gongkai.Application.Tests.Support;
using Gongkai.Store;
using Gongkai.Store.Cases;
using MimeKit;

namespace Gongkai.Application.Tests.Cases.Reminders;

public sealed class SendRemindersTests
{
    private const string Address = "yjj@qingchuan.example.cn";

    [Fact]
    public void Mails_each_unit_with_an_address_once_a_day_with_a_chinese_subject_and_the_case_numbers()
    {
        using var test = ReminderTestStore.Create(out var store);
        store.CaseProfiles.Save(CaseProfile.Empty(ReminderTestStore.Unit.Code) with { ReminderEmail = Address }, "测试");
        using var sink = new SmtpSink();

        var first = SendReminders.Run(store, Options(sink.Port));
        var second = SendReminders.Run(store, Options(sink.Port));
        var again = SendReminders.Run(store, Options(sink.Port) with { Again = true });

        Assert.Null(first.Failure);
        Assert.Equal(
            [(ReminderTestStore.Other.Code, false), (ReminderTestStore.Unit.Code, true)],
            first.Units.Select(u => (u.UnitId, u.Sent)));
        Assert.Contains("未设置提醒邮箱", first.Units[0].Note, StringComparison.Ordinal);
        Assert.Contains("今天（2026-12-02）已发送过提醒", second.Units.Single(u => u.UnitId == ReminderTestStore.Unit.Code).Note, StringComparison.Ordinal);
        Assert.True(again.Units.Single(u => u.UnitId == ReminderTestStore.Unit.Code).Sent);
        Assert.Equal(2, sink.Messages.Count);

        var (to, data) = sink.Messages[0];
        Assert.Equal([Address], to);
        using var raw = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data));
        var message = MimeMessage.Load(raw);
        Assert.Equal("【政府信息公开申请到期提醒】青川县应急管理局：2 件将到期或已逾期（2026-12-02）", message.Subject);
        Assert.Contains("申请 2026-0012（张某某）将于 2026-12-07 到期，剩余 3 个工作日", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("申请 2026-0009（李某）已于 2026-11-30 到期，已逾期 2 个工作日", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-0003", message.TextBody, StringComparison.Ordinal);
        // The subject travels as encoded words, never as raw 8-bit header text.
        Assert.Contains("=?utf-8?", data.Split("\r\n").First(l => l.StartsWith("Subject:", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_server_that_is_down_is_a_chinese_failure_and_nothing_is_recorded()
    {
        using var test = ReminderTestStore.Create(out var store);
        store.CaseProfiles.Save(CaseProfile.Empty(ReminderTestStore.Unit.Code) with { ReminderEmail = Address }, "测试");

        var result = SendReminders.Run(store, Options(SmtpSink.ClosedPort()));

        Assert.NotNull(result.Failure);
        Assert.StartsWith("无法连接邮件服务器 127.0.0.1:", result.Failure.Message, StringComparison.Ordinal);
        Assert.False(result.Units.Single(u => u.UnitId == ReminderTestStore.Unit.Code).Sent);
        Assert.Empty(store.Audit.Find(new Store.Accounts.AuditQuery { Action = ReminderSettings.SentAction }));
    }

    [Fact]
    public void Without_an_smtp_server_nothing_is_sent_and_the_user_is_told_how_to_configure_one()
    {
        using var test = ReminderTestStore.Create(out var store);

        var result = SendReminders.Run(store, Options(25) with { Smtp = new SmtpSettings() });

        Assert.Equal(FailureKind.BadUsage, result.Failure?.Kind);
        Assert.Contains("GONGKAI_SMTP_HOST", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Empty(result.Units);
    }

    [Fact]
    public void Reads_the_smtp_settings_from_the_environment_and_names_a_bad_variable()
    {
        var environment = new Dictionary<string, string>
        {
            ["GONGKAI_SMTP_HOST"] = "mail.example.cn",
            ["GONGKAI_SMTP_FROM"] = "noreply@example.cn",
            ["GONGKAI_SMTP_PORT"] = "587",
            ["GONGKAI_SMTP_TLS"] = "starttls",
        };

        var (settings, problem) = SmtpSettings.FromEnvironment(environment.GetValueOrDefault);
        var (_, badPort) = SmtpSettings.FromEnvironment(new Dictionary<string, string> { ["GONGKAI_SMTP_PORT"] = "七" }.GetValueOrDefault);

        Assert.Null(problem);
        Assert.Equal(("mail.example.cn", 587, SmtpTlsMode.StartTls, true), (settings.Host, settings.Port, settings.Tls, settings.IsConfigured));
        Assert.Equal("环境变量 GONGKAI_SMTP_PORT 的值“七”不是有效端口（1–65535）。", badPort);
    }

    private static SendRemindersOptions Options(int port) => new()
    {
        Reminders = new ListRemindersOptions { Scope = AccessScope.All, Today = ReminderTestStore.Today },
        Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, From = "提醒 <noreply@qingchuan.example.cn>", Tls = SmtpTlsMode.None },
        User = "测试",
    };
}
