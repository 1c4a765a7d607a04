namespace Gongkai.Application.Checking;

/// <summary>Every file checked, in the order given.</summary>
public sealed record CheckResult
{
    /// <summary>Each file's parse and findings.</summary>
    public IReadOnlyList<CheckedReport> Reports { get; init; } = [];

    /// <summary>
    /// The worst outcome: <see cref="FailureKind.UnusableInput"/> when a file could not be read (something was not
    /// checked at all, which outweighs errors), else <see cref="FailureKind.ReportErrors"/> when a report has errors,
    /// else <see langword="null"/>.
    /// </summary>
    public FailureKind? Outcome =>
        Reports.Any(r => !r.Succeeded) ? FailureKind.UnusableInput
        : Reports.Any(r => r.HasErrors) ? FailureKind.ReportErrors
        : null;
}
