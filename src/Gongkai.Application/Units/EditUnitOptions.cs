namespace Gongkai.Application.Units;

/// <summary>One registry unit's new name, level, region and parent (its code and aliases stay).</summary>
public sealed record EditUnitOptions
{
    /// <summary>The unit's code (which is not changed).</summary>
    public required string Code { get; init; }

    /// <summary>The official name.</summary>
    public required string Name { get; init; }

    /// <summary>The level, one of <c>UnitLevel.All</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The region path from the province (<c>青禾省/青禾市</c>).</summary>
    public required string Region { get; init; }

    /// <summary>The parent unit's code, or <see langword="null"/>.</summary>
    public string? ParentCode { get; init; }
}
