namespace Gongkai.Application.Cases.Profiles;

/// <summary>A letter template to download and edit, or why not.</summary>
public sealed record GetLetterTemplateResult
{
    /// <summary>The DOCX; <see langword="null"/> on failure.</summary>
    public byte[]? Docx { get; init; }

    /// <summary>The file name: the unit's upload's, or <c>受理回执-模板.docx</c> for the default.</summary>
    public string? FileName { get; init; }

    /// <summary>Whether it is the unit's own upload (else the default).</summary>
    public bool IsOwn { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
