using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>Which cases to list, for whom; every filter given narrows the list.</summary>
public sealed record ListCasesOptions
{
    /// <summary>Who is asking: only cases of units in the scope are listed.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public string User { get; init; } = "";

    /// <summary>Only this unit's cases (not found when the unit is outside the scope).</summary>
    public string? UnitId { get; init; }

    /// <summary>Only the cases of this assignee.</summary>
    public string? Assignee { get; init; }

    /// <summary>Only the open cases.</summary>
    public bool OpenOnly { get; init; }

    /// <summary>Only the open cases due from today to today plus this many working days (not yet overdue).</summary>
    public int? DueWithinWorkingDays { get; init; }

    /// <summary>Only the open cases whose deadline has passed.</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Only the cases received in this year.</summary>
    public int? ReceivedYear { get; init; }

    /// <summary>Only the cases whose number or applicant contains this text.</summary>
    public string? Text { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Cases per page (at most 500).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>Today; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
