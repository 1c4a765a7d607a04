using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>Which report to show, for whom.</summary>
/// <param name="Scope">Who is asking: a report outside it is not found.</param>
/// <param name="ReportId">The report's id.</param>
public sealed record GetReportOptions(AccessScope Scope, long ReportId);
