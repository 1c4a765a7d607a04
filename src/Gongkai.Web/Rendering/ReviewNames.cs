using Gongkai.Application.Auditing;
using Gongkai.Application.Reviewing;
using Gongkai.Store.Reviews;

namespace Gongkai.Web.Rendering;

/// <summary>Review states, actions, filters and audit sources as the pages and the API name them.</summary>
internal static class ReviewNames
{
    public static string Chinese(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => "已确认",
        ReviewStatus.Dismissed => "已驳回",
        ReviewStatus.Resolved => "已解决",
        _ => "待处理",
    };

    public static string CssClass(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => "review-confirmed",
        ReviewStatus.Dismissed => "review-dismissed",
        ReviewStatus.Resolved => "review-resolved",
        _ => "review-open",
    };

    public static string Source(AuditSource source) => source switch
    {
        AuditSource.Report => "报告本身",
        AuditSource.CrossYear => "跨年度",
        AuditSource.Summary => "汇总与所属单位",
        _ => "单位名录",
    };

    public static WorkListFilter ParseFilter(string? filter) => filter?.Trim().ToLowerInvariant() switch
    {
        "open" => WorkListFilter.Open,
        "closed" or "resolved" => WorkListFilter.Closed,
        "mine" => WorkListFilter.Mine,
        _ => WorkListFilter.All,
    };

    public static string Key(WorkListFilter filter) => filter switch
    {
        WorkListFilter.Open => "open",
        WorkListFilter.Closed => "closed",
        WorkListFilter.Mine => "mine",
        _ => "all",
    };

    public static ReviewAction? ParseAction(string? action) => action?.Trim().ToLowerInvariant() switch
    {
        "assign" => ReviewAction.Assign,
        "confirm" => ReviewAction.Confirm,
        "dismiss" => ReviewAction.Dismiss,
        "resolve" => ReviewAction.Resolve,
        "reopen" => ReviewAction.Reopen,
        _ => null,
    };
}
