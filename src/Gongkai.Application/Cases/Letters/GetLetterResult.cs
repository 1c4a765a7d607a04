using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Letters;

/// <summary>A stored letter's file, or why not.</summary>
public sealed record GetLetterResult
{
    /// <summary>The letter's record (kind, file name, who and when); <see langword="null"/> on failure.</summary>
    public StoredCaseLetter? Letter { get; init; }

    /// <summary>The DOCX; <see langword="null"/> on failure.</summary>
    public byte[]? Docx { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
