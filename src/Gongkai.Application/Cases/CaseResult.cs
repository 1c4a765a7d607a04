namespace Gongkai.Application.Cases;

/// <summary>A case after reading or changing it, or why not.</summary>
public sealed record CaseResult
{
    /// <summary>The case; <see langword="null"/> on failure.</summary>
    public CaseView? Case { get; init; }

    /// <summary>The letter generated with the change, when one was asked for.</summary>
    public CaseLetter? Letter { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
