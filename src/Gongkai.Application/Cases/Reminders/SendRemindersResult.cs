namespace Gongkai.Application.Cases.Reminders;

/// <summary>The reminders listed and, per unit, what became of its e-mail.</summary>
public sealed record SendRemindersResult
{
    /// <summary>Every reminder listed.</summary>
    public IReadOnlyList<CaseReminder> Reminders { get; init; } = [];

    /// <summary>Per unit with reminders: sent, skipped or failed.</summary>
    public IReadOnlyList<SentReminder> Units { get; init; } = [];

    /// <summary>Why nothing (or not everything) was sent: no SMTP configured, the server unreachable, the store failing.</summary>
    public UseCaseFailure? Failure { get; init; }
}
