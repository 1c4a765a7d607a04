using Gongkai.Store;

namespace Gongkai.Application.Dashboards;

/// <summary>Which region and year to show on the 区域看板, and for whom.</summary>
public sealed record DashboardOptions
{
    /// <summary>Who is asking: only units and reports in this scope are counted.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>A region path or one of its segments; <see langword="null"/> for every region in the scope.</summary>
    public string? Region { get; init; }

    /// <summary>The year shown.</summary>
    public required int Year { get; init; }

    /// <summary>How many years the trend covers, ending with <see cref="Year"/>.</summary>
    public int TrendYears { get; init; } = 5;
}
