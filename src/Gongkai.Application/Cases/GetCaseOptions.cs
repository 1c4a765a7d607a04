using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>One case, for whom.</summary>
public sealed record GetCaseOptions
{
    /// <summary>Who is asking: a case of a unit outside the scope is not found.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public string User { get; init; } = "";

    /// <summary>The case's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>The day the working days left are counted from; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
