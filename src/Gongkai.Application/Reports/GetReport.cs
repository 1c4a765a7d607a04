using System.Data.Common;
using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Reports;

/// <summary>
/// One report's current version within the caller's access scope. A report outside the scope is "not found", as
/// one that does not exist: an id tried by hand tells nothing about other units' reports.
/// </summary>
public static class GetReport
{
    /// <summary>The report <paramref name="options"/> names, if the caller may see it.</summary>
    public static GetReportResult Run(ReportStore store, GetReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            // The scope is part of the query: the row is not read at all when it is outside.
            var summary = store.Reports(new ReportFilter { Scope = options.Scope, ReportId = options.ReportId }).FirstOrDefault();
            if (summary is null || store.LoadCurrent(summary.ReportId) is not { } content)
            {
                return new GetReportResult { Failure = NotFound(options.ReportId) };
            }

            var sources = store.History(summary.ReportId)
                .Where(v => v.VersionId == summary.VersionId && v.FileSha256 is not null)
                .DistinctBy(v => v.FileSha256)
                .ToList();
            return new GetReportResult { Report = new ReportView(summary, content, store.Findings(summary.VersionId), sources) };
        }
        catch (DbException ex)
        {
            return new GetReportResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }

    /// <summary>The failure for a report that is not there or not in scope.</summary>
    internal static UseCaseFailure NotFound(long reportId) =>
        new(FailureKind.NotFound, $"没有找到编号为 {reportId.ToString(CultureInfo.InvariantCulture)} 的报告，或您无权查看。");
}
