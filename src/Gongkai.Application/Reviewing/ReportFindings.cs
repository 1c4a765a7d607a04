using System.Data.Common;
using Gongkai.Application.Auditing;
using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;

namespace Gongkai.Application.Reviewing;

/// <summary>
/// One report's findings (its current version's, as stored at import) with each rule's explanation and statute and
/// each finding's review, within the caller's scope: a report outside it is not found.
/// </summary>
public static class ReportFindings
{
    /// <summary>The findings of the report <paramref name="reportId"/>, if <paramref name="scope"/> may see it.</summary>
    public static ReportFindingsResult Run(ReportStore store, AccessScope scope, long reportId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        try
        {
            // The scope is part of the query, as in GetReport.
            if (store.Reports(new ReportFilter { Scope = scope, ReportId = reportId }).FirstOrDefault() is not { } report)
            {
                return new ReportFindingsResult { Failure = GetReport.NotFound(reportId) };
            }

            var year = report.Year ?? 0;
            var reviews = store.Reviews.ForYear(year);
            // The same finding as the audit's (AuditRegion), so that both pages share its review.
            var items = new StoreExports(store).Findings([report.VersionId])
                .Select(d => new AuditFinding(report.UnitCode, report.UnitName ?? report.Agency, year, d.Code, d.Severity, d.Cells, d.Message, AuditSource.Report))
                .Select(f => ReviewedFinding.Of(f, reviews))
                .ToList();
            return new ReportFindingsResult { Report = report, Items = items };
        }
        catch (DbException ex)
        {
            return new ReportFindingsResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }
}
