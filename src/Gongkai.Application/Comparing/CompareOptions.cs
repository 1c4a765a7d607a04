using Gongkai.Store;

namespace Gongkai.Application.Comparing;

/// <summary>What to compare (the options of <c>gongkai compare</c>): a unit's year against the year before, or two units' same year.</summary>
public sealed record CompareOptions
{
    /// <summary>The unit's registry code or name.</summary>
    public required string Agency { get; init; }

    /// <summary>Another unit (code or name) to compare with in the same year; <see langword="null"/> for the year before.</summary>
    public string? With { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>Who is asking: a report outside this scope is not found (the command line sees every report).</summary>
    public required AccessScope Scope { get; init; }
}
