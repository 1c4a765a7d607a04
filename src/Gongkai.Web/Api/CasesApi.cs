using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Letters;
using Gongkai.Reporting.Letters;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Cases;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>/api/v1/cases</c> (依申请公开办理): list, read, register, record a step, generate and download letters — the same use
/// cases as the pages, with the caller's scope (a case outside it: 404; a 区域管理员 reads but may not write: 403; a
/// stale version: 409). Cookie sessions show the antiforgery token; personal access tokens need none.
/// </summary>
internal static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/cases").RequireAuthorization();
        cases.MapGet("/", List).WithDescription("申请列表：filter 为 all（全部）、open（办理中）、due（5 个工作日内到期）、overdue（已逾期）或 mine（我经办的）；可按 unit、year、q（申请编号或申请人）筛选，page 分页。");
        cases.MapGet("/{id}", Get).WithDescription("一件申请：登记信息和办理步骤（case，与命令行的 JSON 相同）、答复期限及其计算说明、文书、复议诉讼和可进行的下一步。");
        cases.MapPost("/", Register).DisableAntiforgery().WithDescription("登记申请，字段与“登记申请”页面相同（unitId、applicantKind、applicantName、channel、arrived、confirmed、content 等）。");
        cases.MapPost("/{id}/steps", Step).DisableAntiforgery().WithDescription("记录一个办理步骤：kind（CorrectionRequested、Extended、Decided 等）、version（所基于的版本，已被他人修改时返回 409）、date 及该步骤的字段；generateLetter 为 true 时同时生成相应文书。");
        cases.MapPost("/{id}/letters", Letter).DisableAntiforgery().WithDescription("生成一份文书并存入该申请：kind 为文书种类（如 CorrectionNotice）。");
        cases.MapGet("/{id}/letters/{letterId:long}", Download).WithDescription("下载该申请已生成的一份文书（DOCX）。");
        return app;
    }

    private static IResult List(HttpContext http, ReportStore store, string? filter, string? unit, int? year, string? q, int? page)
    {
        var chosen = CaseListFilter.Parse(filter);
        var result = ListCases.Run(store, new ListCasesOptions
        {
            Scope = UserScope.Of(http.User),
            UnitId = CaseText.Clean(unit),
            OpenOnly = chosen == CaseListFilter.Open,
            DueWithinWorkingDays = chosen == CaseListFilter.DueSoon ? CaseListFilter.DueWithinWorkingDays : null,
            OverdueOnly = chosen == CaseListFilter.Overdue,
            Assignee = chosen == CaseListFilter.Mine ? http.User.Identity!.Name : null,
            ReceivedYear = year,
            Text = CaseText.Clean(q),
            Page = Math.Max(1, page ?? 1),
        });
        return result.Failure is { } failure
            ? ApiProblems.For(failure)
            : TypedResults.Ok(new CaseListResponse(Math.Max(1, page ?? 1), result.HasMore, [.. result.Rows.Select(CaseItem.From)]));
    }

    private static IResult Get(HttpContext http, ReportStore store, string id) =>
        Answer(GetCase.Run(store, new GetCaseOptions { Scope = UserScope.Of(http.User), User = http.User.Identity!.Name!, CaseId = id }));

    private static async Task<IResult> Register(HttpContext http, CaseForm body, IAntiforgery antiforgery, ReportStore store, AuditTrail audit)
    {
        if (await ApiForgery.RefusalAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        if (body.Problems().Select(p => p.Message).ToList() is { Count: > 0 } problems)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, string.Join(" ", problems));
        }

        var result = RegisterCase.Run(store, body.ToOptions(UserScope.Of(http.User), http.User.Identity!.Name!));
        if (result.Case is { } view)
        {
            audit.Write(AuditActions.CaseRegistered, $"case:{view.Case.Id}", $"{view.Case.UnitId} {view.Case.Number}");
            return TypedResults.Created($"/api/v1/cases/{Uri.EscapeDataString(view.Case.Id)}", CaseResponse.From(view));
        }

        return ApiProblems.For(result.Failure!);
    }

    private static async Task<IResult> Step(HttpContext http, string id, CaseStepForm body, IAntiforgery antiforgery, ReportStore store, AuditTrail audit)
    {
        if (await ApiForgery.RefusalAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var (step, problems) = body.ToStep(http.User.Identity!.Name!);
        if (step is null)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, string.Join(" ", problems));
        }

        var result = RecordCaseStep.Run(store, new RecordCaseStepOptions
        {
            Scope = UserScope.Of(http.User),
            User = http.User.Identity!.Name!,
            CaseId = id,
            ExpectedVersion = body.Version,
            Step = step,
            GenerateLetter = body.GenerateLetter,
        });
        if (result.Case is { } view)
        {
            audit.Write(AuditActions.CaseStep, $"case:{view.Case.Id}", $"{view.Case.Number} {CaseStepKinds.Label(body.Kind)}");
        }

        return Answer(result);
    }

    private static async Task<IResult> Letter(HttpContext http, string id, LetterRequest body, IAntiforgery antiforgery, ReportStore store, AuditTrail audit)
    {
        if (await ApiForgery.RefusalAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        if (body.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "请给出文书种类（kind），可选：" + string.Join("、", LetterKinds.All.Select(k => $"{k}（{LetterKinds.Title(k)}）")) + "。");
        }

        var result = GenerateLetter.Run(store, new GenerateLetterOptions { Scope = UserScope.Of(http.User), User = http.User.Identity!.Name!, CaseId = id, Kind = kind });
        if (result.Letter is not { } letter)
        {
            return ApiProblems.For(result.Failure!);
        }

        audit.Write(AuditActions.CaseLetter, $"case:{id}", letter.FileName);
        return TypedResults.Ok(new LetterItem(letter.Id, letter.Kind.ToString(), LetterKinds.Title(letter.Kind), letter.FileName, letter.Warnings));
    }

    private static IResult Download(HttpContext http, ReportStore store, string id, long letterId)
    {
        var result = GetLetter.Run(store, new GetLetterOptions { Scope = UserScope.Of(http.User), CaseId = id, LetterId = letterId });
        return result.Docx is { } content
            ? TypedResults.File(content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.Letter!.FileName)
            : ApiProblems.For(result.Failure!);
    }

    private static IResult Answer(CaseResult result) =>
        result.Case is { } view ? TypedResults.Ok(CaseResponse.From(view)) : ApiProblems.For(result.Failure!);
}
