using Gongkai.Store;

namespace Gongkai.Application.RollingUp;

/// <summary>Which region and years to total (the options of <c>gongkai rollup</c>).</summary>
public sealed record RollUpOptions
{
    /// <summary>A region path or one of its segments (东山市); <see langword="null"/> for every report.</summary>
    public string? Region { get; init; }

    /// <summary>The first year.</summary>
    public required int Year { get; init; }

    /// <summary>The last year, each year listed; <see langword="null"/> for <see cref="Year"/> alone.</summary>
    public int? ToYear { get; init; }

    /// <summary>Who is asking: only reports in this scope are totalled (the command line sees every report).</summary>
    public required AccessScope Scope { get; init; }
}
