using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>POST /api/v1/reports/{id}/publish</c> and <c>/withdraw</c>: publish (公开) or withdraw (撤回) a report
/// (PublishReport with the caller's scope: outside it 404; a 填报单位 403), written to the audit log.
/// </summary>
internal static class PublicationApi
{
    public static IEndpointRouteBuilder MapPublicationApi(this IEndpointRouteBuilder app)
    {
        // Antiforgery is checked in Change itself, as for the upload: a token client has none to show.
        app.MapPost("/api/v1/reports/{id:long}/publish", (HttpContext http, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, long id) =>
            Change(http, antiforgery, store, audit, id, publish: true)).RequireAuthorization().DisableAntiforgery();
        app.MapPost("/api/v1/reports/{id:long}/withdraw", (HttpContext http, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, long id) =>
            Change(http, antiforgery, store, audit, id, publish: false)).RequireAuthorization().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Change(HttpContext http, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, long id, bool publish)
    {
        if (await ApiForgery.RefusalAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var result = PublishReport.Run(store, new PublishOptions { Scope = UserScope.Of(http.User), Actor = http.User.Identity!.Name!, ReportId = id, Publish = publish });
        if (result.Report is not { } report)
        {
            return ApiProblems.For(result.Failure!);
        }

        if (result.Changed)
        {
            audit.Write(publish ? AuditActions.ReportPublished : AuditActions.ReportWithdrawn, $"report:{id}", result.Description);
        }

        return TypedResults.Ok(ReportListItem.From(report));
    }
}
