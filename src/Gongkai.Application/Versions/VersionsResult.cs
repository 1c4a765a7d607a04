using Gongkai.Store;

namespace Gongkai.Application.Versions;

/// <summary>Every stored version of one report, oldest first, or why there is none.</summary>
public sealed record VersionsResult
{
    /// <summary>The report, as its current version; <see langword="null"/> when <see cref="Failure"/> says why.</summary>
    public StoredReport? Report { get; init; }

    /// <summary>The versions in the order their contents were first stored.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; init; } = [];

    /// <summary>Why there is nothing to list (the unit's report for the year is not stored).</summary>
    public UseCaseFailure? Failure { get; init; }
}
