using System.Globalization;
using Gongkai.Application;
using Gongkai.Application.Drafting;
using Gongkai.Core.Model;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Drafts;

/// <summary>
/// One draft of 在线填报: the tables as grids (totals and rule checks live through <c>/api/v1/drafts/{id}/check</c> when
/// scripts run), the sections' Markdown with a preview, save and submit. Without scripts the form posts: a save stores the
/// draft and shows its findings. A draft outside the user's scope is 404, as if it did not exist.
/// </summary>
public sealed class EditModel(ReportStore store, AuditTrail audit) : PageModel
{
    public DraftView Draft { get; private set; } = null!;

    public bool CanRenderPdf => RenderDraft.CanRenderPdf;

    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet(long id)
    {
        var result = GetDraft.Run(store, new DraftOptions { Scope = UserScope.Of(User), DraftId = id });
        if (result.Draft is not { } draft)
        {
            return NotFound();
        }

        Draft = draft;
        return Page();
    }

    public IActionResult OnPostSave(long id, int revision)
    {
        var saved = Save(id, revision);
        if (saved.Failure is { Kind: FailureKind.NotFound })
        {
            return NotFound();
        }

        Message = saved.Failure?.Message ?? string.Join(" ", ["草稿已保存。", .. saved.Draft!.InputProblems]);
        return Redirect($"/drafts/{id}");
    }

    public IActionResult OnPostSubmit(long id, int revision)
    {
        var saved = Save(id, revision);
        if (saved.Failure is { Kind: FailureKind.NotFound })
        {
            return NotFound();
        }

        if (saved.Failure is { } failure)
        {
            Message = failure.Message;
            return Redirect($"/drafts/{id}");
        }

        var submitted = SubmitDraft.Run(store, new DraftOptions { Scope = UserScope.Of(User), DraftId = id, User = User.Identity!.Name! });
        if (submitted.Failure is { } refused)
        {
            Message = "草稿已保存，但未提交：" + refused.Message;
            return Redirect($"/drafts/{id}");
        }

        audit.Write(AuditActions.DraftSubmitted, $"report:{submitted.ReportId.ToString(CultureInfo.InvariantCulture)}", submitted.Description);
        Message = submitted.Description;
        return Redirect($"/drafts/{id}");
    }

    /// <summary>Sets tables 三 and 四 from the unit's cases of the year (the rest of the draft as stored; unsaved typing is not kept).</summary>
    public IActionResult OnPostFromCases(long id, int revision)
    {
        var filled = FillDraftFromCases.Run(store, new DraftOptions { Scope = UserScope.Of(User), DraftId = id, Revision = revision, User = User.Identity!.Name! });
        if (filled.Failure is { Kind: FailureKind.NotFound })
        {
            return NotFound();
        }

        Message = filled.Failure?.Message ?? "已按办理台账生成表三、表四并保存草稿。";
        return Redirect($"/drafts/{id}");
    }

    /// <summary>The section's text as stored.</summary>
    public string SectionText(SectionKind kind) => Draft.Report.Section(kind)?.Text ?? "";

    private DraftResult Save(long id, int revision)
    {
        var form = Request.Form;
        var input = new DraftInput
        {
            Cells = form.Keys.Where(k => k.StartsWith(DraftGrid.CellField, StringComparison.Ordinal)).ToDictionary(k => k[DraftGrid.CellField.Length..], k => (string?)form[k].ToString(), StringComparer.Ordinal),
            Sections = form.Keys.Where(k => k.StartsWith(DraftGrid.SectionField, StringComparison.Ordinal)).ToDictionary(k => k[DraftGrid.SectionField.Length..], k => (string?)form[k].ToString(), StringComparer.Ordinal),
            PublishedOn = form["publishedOn"].ToString(),
        };
        return SaveDraft.Run(store, new DraftOptions { Scope = UserScope.Of(User), DraftId = id, Revision = revision, Input = input, User = User.Identity!.Name! });
    }
}
