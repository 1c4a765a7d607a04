using Gongkai.Store.Reviews;

namespace Gongkai.Application.Reviewing;

/// <summary>The review as saved, or why not.</summary>
public sealed record ReviewResult
{
    /// <summary>The finding changed, <see langword="null"/> on failure.</summary>
    public ReviewedFinding? Finding { get; init; }

    /// <summary>Its review as saved.</summary>
    public FindingReview? Review { get; init; }

    /// <summary>A one-line Chinese description of the change, for the audit log.</summary>
    public string? Description { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
