using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>
/// What the checker knows about a report beyond its own content; every rule reads it from here. A member is added only
/// when a rule reads it.
/// </summary>
public sealed record CheckContext
{
    /// <summary>Nothing known: the level is guessed from the name, and no year-on-year check is made.</summary>
    public static CheckContext None { get; } = new();

    /// <summary>The issuing body's level from a registry; <see langword="null"/> to infer it from the name.</summary>
    public AgencyLevel? AgencyLevel { get; init; }

    /// <summary>The same body's report on the year before, for the cross-year rules (docs/domain.md §3).</summary>
    public AnnualReport? PreviousYear { get; init; }
}
