using Gongkai.Application.Drafting;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>/api/v1/drafts</c> (在线填报): list, start or resume, read, check live, save (with the revision: 409 when another tab
/// saved first), submit as a stored report version, download as DOCX/HTML/PDF, and the sections' Markdown preview. Every
/// endpoint binds, calls a use case of Application/Drafting with the caller's scope (a draft outside it: 404), and answers.
/// </summary>
internal static class DraftsApi
{
    public static IEndpointRouteBuilder MapDraftsApi(this IEndpointRouteBuilder app)
    {
        var drafts = app.MapGroup("/api/v1/drafts").RequireAuthorization();
        drafts.MapGet("/", List);
        drafts.MapGet("/{id:long}", Get);
        drafts.MapGet("/{id:long}/{format:regex(^(docx|html|pdf)$)}", Download);
        // Antiforgery is checked in each handler: a browser session must show the page's token, a token client need not.
        drafts.MapPost("/", Start).DisableAntiforgery();
        drafts.MapPost("/{id:long}/check", Check).DisableAntiforgery();
        drafts.MapPut("/{id:long}", Save).DisableAntiforgery();
        drafts.MapPost("/{id:long}/submit", Submit).DisableAntiforgery();
        drafts.MapPost("/preview", Preview).DisableAntiforgery();
        return app;
    }

    private static IResult List(HttpContext http, ReportStore store) =>
        TypedResults.Ok(ListDrafts.Run(store, UserScope.Of(http.User)).Select(DraftItem.From).ToList());

    private static IResult Get(HttpContext http, ReportStore store, long id) =>
        Answer(GetDraft.Run(store, new DraftOptions { Scope = UserScope.Of(http.User), DraftId = id }));

    private static async Task<IResult> Start(HttpContext http, DraftStart body, IAntiforgery antiforgery, ReportStore store, AuditTrail audit)
    {
        if (await Forged(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var result = StartDraft.Run(store, new StartDraftOptions { Scope = UserScope.Of(http.User), UnitCode = body.UnitCode ?? "", Year = body.Year, User = http.User.Identity!.Name! });
        if (result is { Created: true, Draft: { } draft })
        {
            audit.Write(AuditActions.DraftStarted, $"draft:{draft.Stored.Id}", $"{draft.Stored.UnitName} {draft.Stored.Year} 年度");
        }

        return Answer(result);
    }

    private static async Task<IResult> Check(HttpContext http, long id, DraftBody body, IAntiforgery antiforgery, ReportStore store) =>
        await Forged(http, antiforgery) ?? Answer(CheckDraft.Run(store, new DraftOptions { Scope = UserScope.Of(http.User), DraftId = id, Input = body.ToInput() }));

    private static async Task<IResult> Save(HttpContext http, long id, DraftBody body, IAntiforgery antiforgery, ReportStore store)
    {
        if (await Forged(http, antiforgery) is { } refused)
        {
            return refused;
        }

        if (body.Revision is null)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "保存草稿需给出修改所基于的版本号（revision），以免覆盖他人的保存。");
        }

        return Answer(SaveDraft.Run(store, new DraftOptions { Scope = UserScope.Of(http.User), DraftId = id, Input = body.ToInput(), Revision = body.Revision, User = http.User.Identity!.Name! }));
    }

    private static async Task<IResult> Submit(HttpContext http, long id, IAntiforgery antiforgery, ReportStore store, AuditTrail audit)
    {
        if (await Forged(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var result = SubmitDraft.Run(store, new DraftOptions { Scope = UserScope.Of(http.User), DraftId = id, User = http.User.Identity!.Name! });
        if (result.Failure is { } failure)
        {
            return ApiProblems.For(failure);
        }

        audit.Write(AuditActions.DraftSubmitted, $"report:{result.ReportId}", result.Description);
        return TypedResults.Ok(new SubmitResponse(result.ReportId, result.Version, result.Description));
    }

    private static IResult Download(HttpContext http, ReportStore store, long id, string format, CancellationToken cancellation)
    {
        var parsed = format switch { "html" => DraftFormat.Html, "pdf" => DraftFormat.Pdf, _ => DraftFormat.Docx };
        var result = RenderDraft.Run(store, new DraftOptions { Scope = UserScope.Of(http.User), DraftId = id }, parsed, cancellation);
        // An attachment, never a page of this site: the HTML report carries its own inline styles.
        return result.Content is { } content
            ? TypedResults.File(content, ContentType(parsed), result.FileName)
            : ApiProblems.For(result.Failure!);
    }

    private static async Task<IResult> Preview(HttpContext http, MarkdownBody body, IAntiforgery antiforgery) =>
        await Forged(http, antiforgery) ?? TypedResults.Ok(new { html = MarkdownPreview.ToHtml(body.Markdown ?? "") });

    internal static string ContentType(DraftFormat format) => format switch
    {
        DraftFormat.Html => "text/html; charset=utf-8",
        DraftFormat.Pdf => "application/pdf",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    private static IResult Answer(DraftResult result) =>
        result.Draft is { } draft ? TypedResults.Ok(DraftResponse.From(draft)) : ApiProblems.For(result.Failure!);

    // Cross-site forgery rides on the browser's cookie; a request carrying a personal access token cannot be forged by
    // another site, so only a cookie session has to show the antiforgery token (the page sends it in a header).
    private static async Task<IResult?> Forged(HttpContext http, IAntiforgery antiforgery) =>
        AccessTokenHandler.Carries(http.Request) || await antiforgery.IsRequestValidAsync(http)
            ? null
            : ApiProblems.Problem(StatusCodes.Status400BadRequest, "请求缺少有效的防伪令牌，请刷新页面后重试。");
}
