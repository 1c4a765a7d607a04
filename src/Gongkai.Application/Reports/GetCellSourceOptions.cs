using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>Which value's source to show (查看原文), for whom.</summary>
/// <param name="Scope">Who is asking: a report outside it is not found.</param>
/// <param name="ReportId">The report's id.</param>
/// <param name="CellPath">The value's dotted path, e.g. <c>requests.newReceived.total</c>.</param>
public sealed record GetCellSourceOptions(AccessScope Scope, long ReportId, string CellPath);
