using Gongkai.Application;
using Gongkai.Application.Reports;
using Gongkai.Application.Reviewing;
using Gongkai.Application.Versions;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>
/// 报告详情: one report within the user's scope (outside it, 404 as if it did not exist), with its findings' rules and
/// reviews (confirm or dismiss with a reason, written to the audit log) and its version history.
/// </summary>
public sealed class DetailModel(ReportStore store, AuditTrail audit) : PageModel
{
    public ReportDetailView View { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet(long id)
    {
        var scope = UserScope.Of(User);
        var result = GetReport.Run(store, new GetReportOptions(scope, id));
        if (result.Report is not { } report)
        {
            return NotFound();
        }

        View = new ReportDetailView(report, "/reports", LinksToSource: true)
        {
            Reviewed = ReportFindings.Run(store, scope, id).Items,
            Versions = ListVersions.Run(store, new VersionsOptions { Scope = scope, ReportId = id }),
            MayPublish = PublishReport.MayPublish(scope),
            Message = Message,
        };
        return Page();
    }

    /// <summary>Publishes (<paramref name="publish"/>) or withdraws the report (区域管理员 in its region, 系统管理员).</summary>
    public IActionResult OnPostPublication(long id, bool publish)
    {
        var result = PublishReport.Run(store, new PublishOptions { Scope = UserScope.Of(User), Actor = User.Identity!.Name!, ReportId = id, Publish = publish });
        switch (result.Failure?.Kind)
        {
            case FailureKind.NotFound:
                return NotFound();
            case FailureKind.Forbidden:
                return Forbid();
        }

        if (result.Changed)
        {
            audit.Write(publish ? AuditActions.ReportPublished : AuditActions.ReportWithdrawn, $"report:{id}", result.Description);
        }

        Message = result.Failure?.Message ?? result.Description;
        return Redirect($"/reports/{id}");
    }

    public IActionResult OnPostReview(long id, string key, string action, string? note)
    {
        // Only confirm, dismiss and reopen here; assigning and resolving are the 审核 page's.
        if (ReviewNames.ParseAction(action) is not ({ } parsed and (ReviewAction.Confirm or ReviewAction.Dismiss or ReviewAction.Reopen)))
        {
            return BadRequest();
        }

        var result = ReviewFinding.Run(store, new ReviewOptions
        {
            Scope = UserScope.Of(User), Actor = User.Identity!.Name!, FindingKey = key, Action = parsed, ReportId = id, Note = note,
        });
        if (result.Failure is { Kind: FailureKind.NotFound })
        {
            return NotFound();
        }

        if (result.Description is { } done)
        {
            audit.Write(AuditActions.FindingReview, $"report:{id}", done);
        }

        Message = result.Failure?.Message ?? "已保存：" + result.Description;
        return Redirect($"/reports/{id}#findings");
    }
}
