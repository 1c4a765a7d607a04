namespace Gongkai.Application.Cases;

/// <summary>The registered case, or why not.</summary>
public sealed record RegisterCaseResult
{
    /// <summary>The case as stored; <see langword="null"/> on failure.</summary>
    public CaseView? Case { get; init; }

    /// <summary>Which rule of 条例 art. 31 set the receipt date, in Chinese.</summary>
    public string? ReceiptRule { get; init; }

    /// <summary>The 受理回执, when <see cref="RegisterCaseOptions.Acknowledge"/>.</summary>
    public CaseLetter? Letter { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
