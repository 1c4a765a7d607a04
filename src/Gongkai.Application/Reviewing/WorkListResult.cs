using Gongkai.Application.Auditing;

namespace Gongkai.Application.Reviewing;

/// <summary>The audit of a region and year with each finding's review, or why not.</summary>
public sealed record WorkListResult
{
    /// <summary>The audit (every finding, whatever the filter), <see langword="null"/> on failure.</summary>
    public AuditResult? Audit { get; init; }

    /// <summary>The findings the filter selects, in the audit's order.</summary>
    public IReadOnlyList<ReviewedFinding> Items { get; init; } = [];

    /// <summary>How many findings are open or confirmed.</summary>
    public int OpenCount { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
