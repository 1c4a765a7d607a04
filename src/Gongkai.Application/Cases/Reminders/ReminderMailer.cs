using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Gongkai.Application.Cases.Reminders;

/// <summary>Sends reminder e-mails through SMTP (MailKit): UTF-8 text, the subject and names as encoded words, so Chinese survives every hop.</summary>
public static class ReminderMailer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends <paramref name="mails"/> over one connection; returns, per mail, <see langword="null"/> when it was accepted or a
    /// Chinese problem. A connection or login failure is the problem of every mail.
    /// </summary>
    public static IReadOnlyList<string?> Send(SmtpSettings settings, IReadOnlyList<ReminderMail> mails, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(mails);
        var results = new string?[mails.Count];
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            client.Connect(settings.Host ?? "", settings.Port, Options(settings.Tls), cancellation);
            if (!string.IsNullOrEmpty(settings.User))
            {
                client.Authenticate(settings.User, settings.Password ?? "", cancellation);
            }
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SslHandshakeException or AuthenticationException or SmtpCommandException or SmtpProtocolException or OperationCanceledException)
        {
            var problem = $"无法连接邮件服务器 {settings.Host}:{settings.Port}（{Why(ex)}），提醒邮件未发送。";
            Array.Fill(results, problem);
            return results;
        }

        for (var i = 0; i < mails.Count; i++)
        {
            try
            {
                client.Send(Message(settings, mails[i]), cancellation);
            }
            catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ParseException)
            {
                results[i] = $"发往 {mails[i].To} 的提醒邮件未能发送（{Why(ex)}）。";
            }
        }

        try
        {
            client.Disconnect(true, cancellation);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException)
        {
            // The mails were accepted already; a rude goodbye changes nothing.
        }

        return results;
    }

    private static MimeMessage Message(SmtpSettings settings, ReminderMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart(TextFormat.Plain) { Text = mail.Body };
        return message;
    }

    private static SecureSocketOptions Options(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    // The library's messages are English; the user gets the kind of failure in Chinese.
    private static string Why(Exception ex) => ex switch
    {
        System.Net.Sockets.SocketException => "连接被拒绝或无法访问",
        SslHandshakeException => "加密连接握手失败",
        AuthenticationException => "用户名或密码错误",
        SmtpCommandException command => $"服务器拒绝，代码 {(int)command.StatusCode}",
        OperationCanceledException => "超时",
        ParseException => "邮箱地址格式有误",
        _ => "连接中断",
    };
}
