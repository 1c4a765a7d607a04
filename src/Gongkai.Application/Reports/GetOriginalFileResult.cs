namespace Gongkai.Application.Reports;

/// <summary>The original file, or why not.</summary>
public sealed record GetOriginalFileResult
{
    /// <summary>The file, <see langword="null"/> on failure.</summary>
    public OriginalFile? File { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
