namespace Gongkai.Application.Reports;

/// <summary>The report, or why not (<see cref="FailureKind.NotFound"/> when it is not in the caller's scope).</summary>
public sealed record GetReportResult
{
    /// <summary>The report, <see langword="null"/> on failure.</summary>
    public ReportView? Report { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
