using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>Which original file to download, for whom.</summary>
/// <param name="Scope">Who is asking: a report outside it is not found.</param>
/// <param name="ReportId">The report's id.</param>
/// <param name="FileSha256">One of the files of its current version, or <see langword="null"/> for the first.</param>
public sealed record GetOriginalFileOptions(AccessScope Scope, long ReportId, string? FileSha256 = null);
