using Gongkai.Store;

namespace Gongkai.Application.Cases.Reminders;

/// <summary>Whose reminders to list.</summary>
public sealed record ListRemindersOptions
{
    /// <summary>The caller's scope: only its units' cases are listed.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>One unit only, or all in the scope.</summary>
    public string? UnitId { get; init; }

    /// <summary>One assignee's cases only.</summary>
    public string? Assignee { get; init; }

    /// <summary>Cases due within this many working days are listed; <see langword="null"/> for <see cref="ReminderSettings.DefaultDays"/>.</summary>
    public int? Days { get; init; }

    /// <summary>The day the reminders are for.</summary>
    public required DateOnly Today { get; init; }
}
