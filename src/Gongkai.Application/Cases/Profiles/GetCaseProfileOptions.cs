using Gongkai.Store;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>A unit's case profile, for whom.</summary>
public sealed record GetCaseProfileOptions
{
    /// <summary>Who is asking: the unit must be in the scope.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public string User { get; init; } = "";

    /// <summary>The unit.</summary>
    public required string UnitId { get; init; }
}
