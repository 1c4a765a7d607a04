using Gongkai.Store;

namespace Gongkai.Application.Units;

/// <summary>Which units to list (<c>gongkai units list</c>).</summary>
public sealed record UnitsOptions
{
    /// <summary>A region path or one of its segments; <see langword="null"/> for every unit.</summary>
    public string? Region { get; init; }

    /// <summary>Whose units may be listed (the CLI's: all).</summary>
    public required AccessScope Scope { get; init; }
}
