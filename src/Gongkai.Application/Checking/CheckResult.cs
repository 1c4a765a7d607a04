namespace Gongkai.Application.Checking;

/// <summary>Every file checked, in the order given.</summary>
public sealed record CheckResult
{
    /// <summary>Each file's parse and findings.</summary>
    public IReadOnlyList<CheckedReport> Reports { get; init; } = [];

    /// <summary>The worst outcome (<see cref="CheckTally.Outcome"/>).</summary>
    public FailureKind? Outcome => CheckTally.Of(Reports).Outcome;
}
