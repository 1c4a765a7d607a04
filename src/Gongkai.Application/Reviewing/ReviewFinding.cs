using System.Data.Common;
using Gongkai.Application.Auditing;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Store.Database;
using Gongkai.Store.Reviews;

namespace Gongkai.Application.Reviewing;

/// <summary>
/// Assigns, confirms, dismisses, resolves or reopens a finding. The finding must be one the caller can see (looked up
/// through the scoped report or audit); a dismissal needs a reason and a resolution a note; an assignee must be an
/// account. The caller writes the change to the audit log (<see cref="ReviewResult.Description"/>).
/// </summary>
public static class ReviewFinding
{
    /// <summary>The largest note kept.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Applies <paramref name="options"/>; failures are in the result.</summary>
    public static ReviewResult Run(ReportStore store, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var note = options.Note?.Trim() is { Length: > 0 } text ? text : null;
        if (note is null && options.Action is ReviewAction.Dismiss or ReviewAction.Resolve)
        {
            return Bad(options.Action == ReviewAction.Dismiss ? "驳回问题须填写理由。" : "标记已解决须填写处理说明。");
        }

        if (note is { Length: > MaxNoteLength })
        {
            return Bad($"说明过长（最多 {MaxNoteLength} 字）。");
        }

        try
        {
            var finding = Find(store, options);
            if (finding is null)
            {
                return new ReviewResult { Failure = new(FailureKind.NotFound, "没有找到这个问题，或您无权处理。") };
            }

            var assignee = finding.Review?.Assignee;
            if (options.Action == ReviewAction.Assign)
            {
                var account = options.Assignee?.Trim() is { Length: > 0 } name ? Account(store, name) : null;
                if (options.Assignee?.Trim() is { Length: > 0 } asked && account is null)
                {
                    return Bad($"没有名为“{asked}”的账户。");
                }

                // An assignee must be able to see the finding, or it would be assigned work it cannot open.
                if (account is not null && !Covers(store, account, finding.Finding))
                {
                    return Bad($"账户“{account.UserName}”的权限范围不包括{finding.Finding.Agency ?? "该单位"}，不能指派给它。");
                }

                assignee = account?.UserName;
            }

            var status = options.Action switch
            {
                ReviewAction.Confirm => ReviewStatus.Confirmed,
                ReviewAction.Dismiss => ReviewStatus.Dismissed,
                ReviewAction.Resolve => ReviewStatus.Resolved,
                ReviewAction.Reopen => ReviewStatus.Open,
                _ => finding.Status,
            };
            var f = finding.Finding;
            var review = new FindingReview(finding.Key, f.UnitCode, f.Agency, f.Year, f.Code, status, assignee,
                options.Action == ReviewAction.Assign ? finding.Review?.Note : note, options.Actor, DateTimeOffset.UtcNow);
            store.Reviews.Save(review);
            return new ReviewResult { Finding = finding with { Review = review }, Review = review, Description = Describe(options.Action, finding, review) };
        }
        catch (DbException ex)
        {
            return new ReviewResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 写入失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }

    private static ReviewedFinding? Find(ReportStore store, ReviewOptions options)
    {
        var items = options.ReportId is { } id
            ? ReportFindings.Run(store, options.Scope, id).Items
            : AuditWorkList.Run(store, new WorkListOptions { Scope = options.Scope, Region = options.Region, Year = options.Year }).Items;
        return items.FirstOrDefault(i => string.Equals(i.Key, options.FindingKey, StringComparison.Ordinal));
    }

    private static StoredAccount? Account(ReportStore store, string name) =>
        store.Accounts.All().FirstOrDefault(a => string.Equals(a.UserName, name, StringComparison.OrdinalIgnoreCase));

    // The account's scope (as the web application gives it) includes the finding's unit; a finding of a report linked
    // to no unit is seen by administrators only.
    private static bool Covers(ReportStore store, StoredAccount account, AuditFinding finding) => account.Role switch
    {
        AccountRole.Administrator => true,
        AccountRole.Unit => account.Scope is { Length: > 0 } code && string.Equals(code.Trim(), finding.UnitCode, StringComparison.Ordinal),
        _ => account.Scope is { Length: > 0 } region && finding.UnitCode is { } unit
            && store.Units().FirstOrDefault(u => u.Code == unit) is { } registered
            && AccessScope.Region(region).Covers(unit, registered.Region),
    };

    private static string Describe(ReviewAction action, ReviewedFinding finding, FindingReview review)
    {
        var what = $"{finding.Finding.Agency ?? finding.Finding.UnitCode ?? "未知单位"} {finding.Finding.Year} 年 {finding.Finding.Code}";
        return action switch
        {
            ReviewAction.Assign => review.Assignee is { } to ? $"{what} 指派给 {to}" : $"{what} 取消指派",
            ReviewAction.Confirm => $"{what} 确认为问题" + (review.Note is { } n ? $"：{n}" : ""),
            ReviewAction.Dismiss => $"{what} 驳回，理由：{review.Note}",
            ReviewAction.Resolve => $"{what} 标记已解决：{review.Note}",
            _ => $"{what} 重新打开" + (review.Note is { } r ? $"：{r}" : ""),
        };
    }

    private static ReviewResult Bad(string message) => new() { Failure = new(FailureKind.BadUsage, message) };
}
