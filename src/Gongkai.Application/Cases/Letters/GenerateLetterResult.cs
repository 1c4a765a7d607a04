namespace Gongkai.Application.Cases.Letters;

/// <summary>The letter generated and stored, or why not.</summary>
public sealed record GenerateLetterResult
{
    /// <summary>The letter: DOCX, file name, print view and warnings; <see langword="null"/> on failure.</summary>
    public CaseLetter? Letter { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
