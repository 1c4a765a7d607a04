namespace Gongkai.Application.Importing;

/// <summary>One uploaded file's result (or one file's of an uploaded ZIP archive), as the upload page lists it.</summary>
/// <param name="Name">The name the client gave; for a file of an archive, the archive's name and its path inside (<c>报告.zip/住建局.pdf</c>).</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="Message">What to tell the user, in Chinese.</param>
/// <param name="ReportId">The report it was stored as, or <see langword="null"/>.</param>
public sealed record UploadedFileResult(string Name, UploadOutcome Outcome, string Message, long? ReportId)
{
    /// <summary>The uploaded file this result comes from (the archive's name for a file of an archive; else <see cref="Name"/>).</summary>
    public string? Source { get; init; }

    /// <summary>Whether the report matched no registered unit and waits in 待确认单位.</summary>
    public bool NeedsUnit { get; init; }

    /// <summary>The units it might belong to (the matcher's candidates), only those inside the uploader's scope.</summary>
    public IReadOnlyList<UnitCandidate> Candidates { get; init; } = [];
}
