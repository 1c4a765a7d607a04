using System.Globalization;

namespace Gongkai.Application.Cases.Reminders;

/// <summary>
/// The SMTP server reminder e-mails go through: from the web app's settings (section <c>Smtp</c>), the CLI's
/// <c>--smtp-*</c> options or the environment (<c>GONGKAI_SMTP_HOST</c>, <c>_PORT</c>, <c>_FROM</c>, <c>_USER</c>,
/// <c>_PASSWORD</c>, <c>_TLS</c>: auto, none, starttls, ssl). Without a host and a sender nothing is sent.
/// </summary>
public sealed record SmtpSettings
{
    /// <summary>The server's host name or address.</summary>
    public string? Host { get; init; }

    /// <summary>The port (25, 587 or 465).</summary>
    public int Port { get; init; } = 25;

    /// <summary>The sender address (发件人).</summary>
    public string? From { get; init; }

    /// <summary>The account, when the server needs a login.</summary>
    public string? User { get; init; }

    /// <summary>The account's password.</summary>
    public string? Password { get; init; }

    /// <summary>How the connection is secured.</summary>
    public SmtpTlsMode Tls { get; init; } = SmtpTlsMode.Auto;

    /// <summary>Whether a server and a sender are given.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);

    /// <summary>
    /// The settings of the <c>GONGKAI_SMTP_*</c> variables in <paramref name="environment"/> over <paramref name="defaults"/>,
    /// or a Chinese problem naming the variable whose value is not valid.
    /// </summary>
    public static (SmtpSettings Settings, string? Problem) FromEnvironment(Func<string, string?> environment, SmtpSettings? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var s = defaults ?? new SmtpSettings();
        string? Get(string name) => environment("GONGKAI_SMTP_" + name) is { Length: > 0 } v ? v.Trim() : null;
        s = s with { Host = Get("HOST") ?? s.Host, From = Get("FROM") ?? s.From, User = Get("USER") ?? s.User, Password = Get("PASSWORD") ?? s.Password };
        if (Get("PORT") is { } port)
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                return (s, $"环境变量 GONGKAI_SMTP_PORT 的值“{port}”不是有效端口（1–65535）。");
            }

            s = s with { Port = p };
        }

        if (Get("TLS") is { } tls)
        {
            if (ParseTls(tls) is not { } mode)
            {
                return (s, $"环境变量 GONGKAI_SMTP_TLS 的值“{tls}”无效，应为 auto、none、starttls 或 ssl。");
            }

            s = s with { Tls = mode };
        }

        return (s, null);
    }

    /// <summary>auto, none, starttls or ssl (any case).</summary>
    public static SmtpTlsMode? ParseTls(string text) => text.Trim().ToLowerInvariant() switch
    {
        "auto" => SmtpTlsMode.Auto,
        "none" or "off" => SmtpTlsMode.None,
        "starttls" => SmtpTlsMode.StartTls,
        "ssl" or "tls" or "sslonconnect" => SmtpTlsMode.SslOnConnect,
        _ => null,
    };
}
