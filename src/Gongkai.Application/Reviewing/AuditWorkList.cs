using System.Data.Common;
using Gongkai.Application.Auditing;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Reviewing;

/// <summary>
/// The 审核 work list: the region/year audit (<see cref="AuditRegion"/>, within the caller's scope) with each
/// finding's review — who it is assigned to, confirmed, dismissed or resolved — filtered.
/// </summary>
public static class AuditWorkList
{
    /// <summary>The work list <paramref name="options"/> asks for; failures are in the result.</summary>
    public static WorkListResult Run(ReportStore store, WorkListOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var year = options.Year ?? LatestYear(store, options);
            var audit = AuditRegion.Run(store, new AuditOptions { Region = options.Region, Year = year, Scope = options.Scope });
            var reviews = store.Reviews.ForYear(year);
            var all = audit.Findings.Select(f => ReviewedFinding.Of(f, reviews)).ToList();
            var items = all.Where(f => options.Filter switch
            {
                WorkListFilter.Open => f.IsOpen,
                WorkListFilter.Closed => !f.IsOpen,
                WorkListFilter.Mine => options.User is { } user && string.Equals(f.Review?.Assignee, user, StringComparison.OrdinalIgnoreCase),
                _ => true,
            }).ToList();
            return new WorkListResult { Audit = audit, Items = items, OpenCount = all.Count(f => f.IsOpen) };
        }
        catch (DbException ex)
        {
            return new WorkListResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }

    // The latest year with a report the caller may see (this year's audit when there is none).
    private static int LatestYear(ReportStore store, WorkListOptions options) =>
        store.Reports(new ReportFilter { Scope = options.Scope, Region = options.Region }).Max(r => r.Year) ?? DateTime.UtcNow.Year - 1;
}
