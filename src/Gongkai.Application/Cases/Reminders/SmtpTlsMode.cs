namespace Gongkai.Application.Cases.Reminders;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    /// <summary>STARTTLS when the server offers it (the default).</summary>
    Auto,

    /// <summary>Plain text: only for a relay on the same machine or network.</summary>
    None,

    /// <summary>STARTTLS required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
