using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Reports;

/// <summary>
/// Publishes (公开) or withdraws (撤回) a report: what the public may read (<see cref="AccessScope.Public"/>). The
/// supervising office decides, so only a 区域管理员 (for reports in its region) or a 系统管理员 (every report) may; a
/// 填报单位 submits its report but does not publish it. The report is found through the caller's scope, so one outside
/// it is not found. The caller writes the change to the audit log (<see cref="PublishResult.Description"/>).
/// </summary>
public static class PublishReport
{
    /// <summary>Whether a caller of <paramref name="scope"/> may publish and withdraw reports (within it).</summary>
    public static bool MayPublish(AccessScope scope) =>
        (scope ?? throw new ArgumentNullException(nameof(scope))).Kind is AccessKind.All or AccessKind.Region;

    /// <summary>Applies <paramref name="options"/>; failures are in the result.</summary>
    public static PublishResult Run(ReportStore store, PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            // The scope is part of the query: a report outside it is "not found", as in GetReport, before the role is
            // looked at, so that an id tried by hand tells nothing.
            if (Find(store, options) is not { } report)
            {
                return new PublishResult { Failure = GetReport.NotFound(options.ReportId) };
            }

            if (!MayPublish(options.Scope))
            {
                return new PublishResult { Failure = new(FailureKind.Forbidden, "只有区域管理员和系统管理员可以公开或撤回报告。") };
            }

            var changed = store.SetPublished(report.ReportId, options.Publish, options.Actor);
            var now = Find(store, options)!;
            var what = $"{now.UnitName ?? now.Agency ?? "未识别机关"} {now.Year} 年度报告";
            var description = (options.Publish, changed) switch
            {
                // The public's scope also needs the unit (AccessScope.Public): say so rather than let it look public.
                (true, true) => report.UnitCode is null ? $"{what}已公开，但尚未对应名录中的单位，确认单位后公众才可见" : $"{what}已公开",
                (true, false) => $"{what}原已公开，未作改动",
                (false, true) => $"{what}已撤回，公众不再可见",
                _ => $"{what}原未公开，未作改动",
            };
            return new PublishResult { Report = now, Changed = changed, Description = description };
        }
        catch (DbException ex)
        {
            return new PublishResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 写入失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }

    private static StoredReport? Find(ReportStore store, PublishOptions options) =>
        store.Reports(new ReportFilter { Scope = options.Scope, ReportId = options.ReportId }).FirstOrDefault();
}
