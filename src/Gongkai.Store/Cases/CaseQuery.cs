namespace Gongkai.Store.Cases;

/// <summary>Which cases to list; every filter given narrows the list.</summary>
public sealed record CaseQuery
{
    /// <summary>Only this unit's cases.</summary>
    public string? UnitId { get; init; }

    /// <summary>Only the cases of this assignee.</summary>
    public string? Assignee { get; init; }

    /// <summary>Only the cases not closed.</summary>
    public bool OpenOnly { get; init; }

    /// <summary>Only the cases due before this day.</summary>
    public DateOnly? DueBefore { get; init; }

    /// <summary>Only the cases due after this day.</summary>
    public DateOnly? DueAfter { get; init; }

    /// <summary>Only the cases received in this year.</summary>
    public int? ReceivedYear { get; init; }

    /// <summary>Only the cases whose number or applicant name contains this text.</summary>
    public string? Text { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Cases per page.</summary>
    public int PageSize { get; init; } = 50;
}
