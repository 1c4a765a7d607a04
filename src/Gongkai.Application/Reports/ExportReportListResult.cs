namespace Gongkai.Application.Reports;

/// <summary>The file a list export wrote, or why it could not.</summary>
public sealed record ExportReportListResult
{
    /// <summary>The name to give the file (with its extension), <see langword="null"/> on failure.</summary>
    public string? FileName { get; init; }

    /// <summary>Why nothing was written, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
