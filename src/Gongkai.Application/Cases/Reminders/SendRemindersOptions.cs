namespace Gongkai.Application.Cases.Reminders;

/// <summary>Which reminders to e-mail, through which server, on whose behalf.</summary>
public sealed record SendRemindersOptions
{
    /// <summary>The reminders to send (scope, unit, assignee, days, today).</summary>
    public required ListRemindersOptions Reminders { get; init; }

    /// <summary>The SMTP server; nothing is sent when it is not configured.</summary>
    public required SmtpSettings Smtp { get; init; }

    /// <summary>Who sends (the audit log's actor).</summary>
    public required string User { get; init; }

    /// <summary>Send even to a unit that was sent its reminder today already.</summary>
    public bool Again { get; init; }
}
