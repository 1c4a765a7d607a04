using Gongkai.Store.Importing;

namespace Gongkai.Application.Importing;

/// <summary>Where an import stands, reported after every file.</summary>
/// <param name="Total">Files to import.</param>
/// <param name="Done">Files finished (stored, skipped or failed).</param>
/// <param name="Stored">Files that added a report or a version.</param>
/// <param name="Skipped">Files already in the store, or with the same content as a stored version.</param>
/// <param name="Failed">Files that could not be read or stored.</param>
/// <param name="WithErrors">Stored reports whose figures break a statutory rule (severity error).</param>
/// <param name="Elapsed">Time since the import started.</param>
public sealed record ImportProgress(int Total, int Done, int Stored, int Skipped, int Failed, int WithErrors, TimeSpan Elapsed)
{
    /// <summary>Files per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}

/// <summary>A file that could not be imported, and why (Chinese, naming the file).</summary>
/// <param name="File">The file as given.</param>
/// <param name="Reason">Why, in Chinese, naming the file.</param>
/// <param name="Detail">The technical cause (a library exception's type and English message), for a verbose display.</param>
public sealed record ImportFailure(string File, string Reason, string? Detail = null);

/// <summary>What one file's import did.</summary>
public sealed record ImportedFile(string File, SaveOutcome Outcome, long ReportId, int Version, string? Agency, int? Year, int Errors, int Warnings, bool Linked)
{
    /// <summary>The report's current version after this file (0 when the file was skipped unread).</summary>
    public int CurrentVersion { get; init; }
}

/// <summary>The result of an import.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportedFile> Files, IReadOnlyList<ImportFailure> Failures, TimeSpan Elapsed, bool Cancelled)
{
    /// <summary>Files of <paramref name="outcome"/>.</summary>
    public int Count(SaveOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
