namespace Gongkai.Application.Reports;

/// <summary>Where a value came from, or why not (<see cref="FailureKind.NotFound"/> outside the caller's scope).</summary>
public sealed record GetCellSourceResult
{
    /// <summary>The value's source, <see langword="null"/> on failure.</summary>
    public CellSource? Source { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
