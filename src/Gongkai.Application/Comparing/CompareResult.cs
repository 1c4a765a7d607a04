using Gongkai.Store.Queries;

namespace Gongkai.Application.Comparing;

/// <summary>A comparison cell by cell, or why there is none.</summary>
public sealed record CompareResult
{
    /// <summary>Both sides' values, their change and indicators; <see langword="null"/> when <see cref="Failure"/> says why.</summary>
    public Comparison? Comparison { get; init; }

    /// <summary>Why nothing could be compared (the unit's report for the year is not stored).</summary>
    public UseCaseFailure? Failure { get; init; }
}
