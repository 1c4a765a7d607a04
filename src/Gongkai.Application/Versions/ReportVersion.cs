namespace Gongkai.Application.Versions;

/// <summary>One stored version of a report: whether it is current, what it found, the files that gave it, and what it changed.</summary>
/// <param name="Number">The version number (1, 2, … in the order the contents were first stored).</param>
/// <param name="IsCurrent">Whether this is the report's current version.</param>
/// <param name="PublishedOn">Its 落款 date, when printed.</param>
/// <param name="ImportedAt">When it was first stored (UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>).</param>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Sources">The files that gave it, in the order they were imported.</param>
/// <param name="Changes">The cells it changed against the version before, in template order; <see langword="null"/> for the first version.</param>
public sealed record ReportVersion(
    int Number, bool IsCurrent, DateOnly? PublishedOn, string ImportedAt, int Errors, int Warnings,
    IReadOnlyList<VersionSource> Sources, IReadOnlyList<ChangedCell>? Changes);
