using Gongkai.Store;

namespace Gongkai.Application.Reviewing;

/// <summary>A report's reviewed findings, or why not.</summary>
public sealed record ReportFindingsResult
{
    /// <summary>The report, <see langword="null"/> on failure.</summary>
    public StoredReport? Report { get; init; }

    /// <summary>Its findings, in the order stored.</summary>
    public IReadOnlyList<ReviewedFinding> Items { get; init; } = [];

    /// <summary>Why not (<see cref="FailureKind.NotFound"/> outside the caller's scope), or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
