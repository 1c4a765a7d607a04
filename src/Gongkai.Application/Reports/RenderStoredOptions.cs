using Gongkai.Reporting;
using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>Which stored report to render, in which format, for whom.</summary>
/// <param name="Scope">Who is asking: a report outside it is not found.</param>
/// <param name="ReportId">The report's id.</param>
/// <param name="Format">The format (the writers of <c>gongkai render</c>).</param>
public sealed record RenderStoredOptions(AccessScope Scope, long ReportId, RenderFormat Format);
