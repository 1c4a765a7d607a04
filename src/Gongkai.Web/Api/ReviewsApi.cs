using Gongkai.Application;
using Gongkai.Application.Reviewing;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Api;

/// <summary>
/// Reviewing a finding through the API, as 报告详情 and 审核 do (ReviewFinding with the caller's scope): assign,
/// confirm, dismiss (with a reason), resolve (with a note) or reopen. A report's own finding is addressed through the
/// report (<c>POST /api/v1/reports/{id}/findings/{key}/{action}</c>), an audit's (cross-year, summary, registry) through
/// the audit (<c>POST /api/v1/audits/findings/{key}/{action}?region=&amp;year=</c>). A finding outside the scope is 404.
/// The body (JSON, optional) carries <c>note</c> and <c>assignee</c>; each change is written to the audit log.
/// </summary>
internal static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        // Antiforgery is checked in Review itself, as for the upload: a token client has none to show.
        // The body is read in Review (optional, JSON): a body parameter would make routing refuse a POST without one.
        app.MapPost("/api/v1/reports/{id:long}/findings/{key}/{action}",
                (HttpContext http, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, long id, string key, string action) =>
                    Review(http, antiforgery, store, audit, key, action, id, region: null, year: null))
            .RequireAuthorization().DisableAntiforgery().WithDescription(BodyDescription);
        app.MapPost("/api/v1/audits/findings/{key}/{action}",
                (HttpContext http, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, string key, string action, string? region, int? year) =>
                    Review(http, antiforgery, store, audit, key, action, reportId: null, region, year))
            .RequireAuthorization().DisableAntiforgery().WithDescription(BodyDescription);
        return app;
    }

    private const string BodyDescription =
        "action 为 assign（指派）、confirm（确认）、dismiss（驳回，须填理由）、resolve（标记已解决，须填说明）或 reopen（重新打开）；请求体可选，JSON：{\"note\": \"理由或说明\", \"assignee\": \"账户名\"}。";

    private static async Task<IResult> Review(
        HttpContext http, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, string key, string action, long? reportId, string? region, int? year)
    {
        if (await ApiForgery.RefusalAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        ReviewBody? body;
        try
        {
            body = http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<ReviewBody>(http.RequestAborted) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "请求体不是有效的 JSON。");
        }

        if (ReviewNames.ParseAction(action) is not { } parsed)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "操作只能是 assign（指派）、confirm（确认）、dismiss（驳回）、resolve（标记已解决）或 reopen（重新打开）。");
        }

        if (reportId is null && year is not (>= 1900 and <= 2999))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "请用 year 参数给出审核的年度（如 year=2022）。");
        }

        var result = ReviewFinding.Run(store, new ReviewOptions
        {
            Scope = UserScope.Of(http.User),
            Actor = http.User.Identity!.Name!,
            FindingKey = key,
            Action = parsed,
            ReportId = reportId,
            Region = region,
            Year = year ?? 0,
            Assignee = body?.Assignee,
            Note = body?.Note,
        });
        if (result.Finding is not { } finding)
        {
            return ApiProblems.For(result.Failure ?? new UseCaseFailure(FailureKind.NotFound, "没有找到这个问题，或您无权处理。"));
        }

        audit.Write(AuditActions.FindingReview, reportId is { } id ? $"report:{id}" : "finding:" + key, result.Description);
        return TypedResults.Ok(FindingItem.From(finding));
    }
}
