using Gongkai.Store;

namespace Gongkai.Application.Reviewing;

/// <summary>
/// A change to a finding's review. The finding is looked up where the caller saw it — the report
/// (<see cref="ReportId"/>) or the audit of <see cref="Region"/> and <see cref="Year"/> — within the caller's scope,
/// so that a key from outside the scope is not found.
/// </summary>
public sealed record ReviewOptions
{
    /// <summary>Who is asking.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The account making the change (kept with the review).</summary>
    public required string Actor { get; init; }

    /// <summary>The finding's key (<see cref="FindingKeys"/>).</summary>
    public required string FindingKey { get; init; }

    /// <summary>What to do.</summary>
    public required ReviewAction Action { get; init; }

    /// <summary>The report the finding is on; else the audit's <see cref="Region"/> and <see cref="Year"/>.</summary>
    public long? ReportId { get; init; }

    /// <summary>The audit's region, when <see cref="ReportId"/> is not given.</summary>
    public string? Region { get; init; }

    /// <summary>The audit's year, when <see cref="ReportId"/> is not given.</summary>
    public int Year { get; init; }

    /// <summary>The account to assign to (<see cref="ReviewAction.Assign"/>); <see langword="null"/> to unassign.</summary>
    public string? Assignee { get; init; }

    /// <summary>The reason (dismiss, required) or note (resolve, required; others optional).</summary>
    public string? Note { get; init; }
}
