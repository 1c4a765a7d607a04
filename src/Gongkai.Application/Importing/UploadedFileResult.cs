namespace Gongkai.Application.Importing;

/// <summary>One uploaded file's result, as the upload page lists it.</summary>
/// <param name="Name">The name the client gave.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="Message">What to tell the user, in Chinese.</param>
/// <param name="ReportId">The report it was stored as, or <see langword="null"/>.</param>
public sealed record UploadedFileResult(string Name, UploadOutcome Outcome, string Message, long? ReportId);
