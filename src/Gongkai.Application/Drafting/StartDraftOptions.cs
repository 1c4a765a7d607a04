using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>Whose report to start (or resume), for which year, by whom.</summary>
public sealed record StartDraftOptions
{
    /// <summary>Who is asking: a unit outside the scope is not found.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The registered unit's code.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The report's year.</summary>
    public required int Year { get; init; }

    /// <summary>The user's name, recorded as the draft's author.</summary>
    public required string User { get; init; }
}
