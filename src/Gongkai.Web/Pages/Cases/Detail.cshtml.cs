using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Appeals;
using Gongkai.Application.Cases.Letters;
using Gongkai.Reporting.Letters;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 申请详情: the case's particulars, the clock (答复期限, 剩余工作日 and how they were computed), the steps, forms for the
/// steps allowed next (each optionally generating its letter), the letters (DOCX, print view) and the appeals. A case
/// outside the user's scope is 404; a 区域管理员 reads it without the forms (a posted step is 403). A step posted on a
/// stale version is refused with the form kept as typed.
/// </summary>
public sealed class DetailModel(ReportStore store, AuditTrail audit) : PageModel
{
    /// <summary>What a page shows when the case was saved by someone else since it was opened.</summary>
    public const string StaleMessage = "该申请已被他人修改，请刷新后重试。";

    public CaseView View { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    /// <summary>Why a letter or an appeal posted was refused, shown as an alert.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>The step form posted and refused, shown again as typed.</summary>
    public CaseStepForm? Posted { get; private set; }

    /// <summary>Why the posted step was refused, in Chinese.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IActionResult OnGet(string? id) => Load(id) ?? Page();

    public IActionResult OnPostStep(string? id, CaseStepForm step)
    {
        if (Load(id) is { } missing)
        {
            return missing;
        }

        if (!View.CanWrite)
        {
            return Forbid();
        }

        var (made, problems) = step.ToStep(User.Identity!.Name!);
        if (made is null)
        {
            return Refused(step, problems);
        }

        var result = RecordCaseStep.Run(store, new RecordCaseStepOptions
        {
            Scope = UserScope.Of(User),
            User = User.Identity!.Name!,
            CaseId = View.Case.Id,
            ExpectedVersion = step.Version,
            Step = made,
            GenerateLetter = step.GenerateLetter,
        });
        if (result.Failure is { } failure)
        {
            return failure.Kind switch
            {
                FailureKind.NotFound => NotFound(),
                FailureKind.Forbidden => Forbid(),
                FailureKind.Conflict => Refused(step, [StaleMessage], StatusCodes.Status409Conflict),
                _ => Refused(step, [failure.Message]),
            };
        }

        audit.Write(AuditActions.CaseStep, $"case:{View.Case.Id}", $"{View.Case.Number} {CaseStepKinds.Label(step.Kind)}");
        Message = $"已记录“{CaseStepKinds.Label(step.Kind)}”。" + (result.Letter is { } letter ? $"已生成{letter.FileName}。" + string.Concat(letter.Warnings) : "");
        return Redirect(Address(View.Case.Id));
    }

    public IActionResult OnPostLetter(string? id, LetterKind kind)
    {
        if (Load(id) is { } missing)
        {
            return missing;
        }

        if (!View.CanWrite)
        {
            return Forbid();
        }

        var result = GenerateLetter.Run(store, new GenerateLetterOptions { Scope = UserScope.Of(User), User = User.Identity!.Name!, CaseId = View.Case.Id, Kind = kind });
        if (result.Failure is { } failure)
        {
            Problem = failure.Message;
        }
        else
        {
            audit.Write(AuditActions.CaseLetter, $"case:{View.Case.Id}", result.Letter!.FileName);
            Message = $"已生成{result.Letter.FileName}。" + string.Concat(result.Letter.Warnings);
        }

        return Redirect(Address(View.Case.Id));
    }

    public IActionResult OnPostAppeal(string? id, AppealForm appeal)
    {
        if (Load(id) is { } missing)
        {
            return missing;
        }

        if (!View.CanWrite)
        {
            return Forbid();
        }

        if (appeal.Filed is not { } filed)
        {
            Problem = "请填写复议或诉讼的提起日期。";
            return Redirect(Address(View.Case.Id));
        }

        var result = RecordAppeal.Run(store, new RecordAppealOptions
        {
            Scope = UserScope.Of(User),
            User = User.Identity!.Name!,
            CaseId = View.Case.Id,
            AppealId = CaseText.Clean(appeal.AppealId),
            Kind = appeal.Kind,
            Filed = filed,
            Result = appeal.Result,
            Decided = appeal.Decided,
        });
        if (result.Failure is { } refused)
        {
            Problem = refused.Message;
        }
        else
        {
            Message = "已保存复议或诉讼。";
            audit.Write(AuditActions.CaseAppeal, $"case:{View.Case.Id}", $"{View.Case.Number} {AppealLabels.Kind(appeal.Kind)} {AppealLabels.Result(appeal.Result)}");
        }

        return Redirect(Address(View.Case.Id));
    }

    /// <summary>A stored letter as its DOCX file.</summary>
    public IActionResult OnGetDocx(string? id, long letter)
    {
        var result = GetLetter.Run(store, new GetLetterOptions { Scope = UserScope.Of(User), CaseId = id ?? "", LetterId = letter });
        return result.Docx is { } content
            ? File(content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.Letter!.FileName)
            : NotFound();
    }

    /// <summary>
    /// A stored letter's print view: a self-contained page with its own inline style sheet (LetterPrintView), so it is
    /// served under a policy of its own that allows that style and nothing else (no script, no other resource).
    /// </summary>
    public IActionResult OnGetPrint(string? id, long letter)
    {
        var result = GetLetter.Run(store, new GetLetterOptions { Scope = UserScope.Of(User), CaseId = id ?? "", LetterId = letter });
        if (result.Docx is not { } content)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return Content(LetterPrintView.Html(content), "text/html; charset=utf-8");
    }

    /// <summary>
    /// The steps allowed next, and the refused one as typed when someone else's change took it off the list (so that a
    /// stale page loses nothing: the user can copy what was typed, or post it again if it still applies).
    /// </summary>
    public IReadOnlyList<CaseNextStep> OfferedSteps =>
        Posted is { } posted && View.NextSteps.All(s => s.Kind != posted.Kind) && Enum.IsDefined(posted.Kind)
            ? [.. View.NextSteps, new CaseNextStep(posted.Kind, CaseStepKinds.Label(posted.Kind))]
            : View.NextSteps;

    /// <summary>Whether the posted form was of <paramref name="kind"/> (then its values are shown again).</summary>
    public CaseStepForm FormFor(CaseStepKind kind) =>
        Posted is { } posted && posted.Kind == kind ? posted : new CaseStepForm { Kind = kind, Date = CaseToday.Now(), GenerateLetter = true };

    public static string Address(string id) => $"/cases/detail?id={Uri.EscapeDataString(id)}";

    private IActionResult Refused(CaseStepForm step, IReadOnlyList<string> problems, int status = StatusCodes.Status400BadRequest)
    {
        Posted = step;
        Problems = problems;
        Response.StatusCode = status;
        return Page();
    }

    private IActionResult? Load(string? id)
    {
        var result = GetCase.Run(store, new GetCaseOptions { Scope = UserScope.Of(User), User = User.Identity?.Name ?? "", CaseId = id ?? "" });
        if (result.Case is not { } view)
        {
            return NotFound();
        }

        View = view;
        return null;
    }
}
