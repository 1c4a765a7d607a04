namespace Gongkai.Application.Importing;

/// <summary>Every uploaded file's result, or why the upload as a whole was refused or failed.</summary>
public sealed record UploadResult
{
    /// <summary>One result per file received, in order (empty on failure).</summary>
    public IReadOnlyList<UploadedFileResult> Files { get; init; } = [];

    /// <summary>Why the whole upload was refused (too many files, none) or the store failed, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
