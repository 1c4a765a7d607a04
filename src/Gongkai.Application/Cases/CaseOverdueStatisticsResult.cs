namespace Gongkai.Application.Cases;

/// <summary>The counts per unit and their totals, or why not.</summary>
public sealed record CaseOverdueStatisticsResult
{
    /// <summary>One row per unit with open cases, by unit code.</summary>
    public IReadOnlyList<CaseUnitStatistics> Units { get; init; } = [];

    /// <summary>The sums of <see cref="Units"/> (unit code empty, name 合计).</summary>
    public CaseUnitStatistics? Total { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
