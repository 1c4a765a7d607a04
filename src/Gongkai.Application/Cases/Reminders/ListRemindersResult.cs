namespace Gongkai.Application.Cases.Reminders;

/// <summary>The reminders, overdue first, then by deadline; or why they could not be listed.</summary>
public sealed record ListRemindersResult
{
    /// <summary>Each open case due within the days asked or overdue.</summary>
    public IReadOnlyList<CaseReminder> Reminders { get; init; } = [];

    /// <summary>The working days looked ahead.</summary>
    public int Days { get; init; }

    /// <summary>Why nothing was listed; <see langword="null"/> on success.</summary>
    public UseCaseFailure? Failure { get; init; }
}
