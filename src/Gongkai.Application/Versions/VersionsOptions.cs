namespace Gongkai.Application.Versions;

/// <summary>Whose report's versions to list (the options of <c>gongkai versions</c>).</summary>
public sealed record VersionsOptions
{
    /// <summary>The unit's registry code or name.</summary>
    public required string Agency { get; init; }

    /// <summary>The report's year.</summary>
    public required int Year { get; init; }
}
