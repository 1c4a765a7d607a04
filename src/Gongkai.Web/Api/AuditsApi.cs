using Gongkai.Application.Reports;
using Gongkai.Application.Reviewing;
using Gongkai.Reporting;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>/api/v1/reports/{id}/findings</c> (a report's findings with rule explanations and reviews),
/// <c>/api/v1/reports/{id}/rendered/{format}</c> (DOCX or HTML in the official layout), <c>/api/v1/audits</c> (the
/// region/year audit as a work list) and <c>/api/v1/audits/workbook</c> (its XLSX workbook); all within the caller's scope.
/// </summary>
internal static class AuditsApi
{
    public static IEndpointRouteBuilder MapAuditsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{id:long}/findings", Findings);
        app.MapGet("/api/v1/reports/{id:long}/rendered/{format}", Rendered);
        var audits = app.MapGroup("/api/v1/audits").RequireAuthorization();
        audits.MapGet("/", Audit);
        audits.MapGet("/workbook", Workbook);
        return app;
    }

    private static IResult Findings(HttpContext http, ReportStore store, long id)
    {
        var result = ReportFindings.Run(store, UserScope.Of(http.User), id);
        return result.Failure is { } failure ? ApiProblems.For(failure) : TypedResults.Ok(result.Items.Select(FindingItem.From).ToList());
    }

    private static IResult Rendered(HttpContext http, ReportStore store, long id, string format)
    {
        // DOCX and HTML only: the page offers those; the fill-in workbook and Markdown stay with the command line.
        if (RenderFormats.Parse(format) is not ({ } parsed and (RenderFormat.Docx or RenderFormat.Html)))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "格式只能是 docx 或 html。");
        }

        var result = RenderStoredReport.Run(store, new RenderStoredOptions(UserScope.Of(http.User), id, parsed));
        // An attachment, never a page of this site: the HTML report carries its own inline styles.
        return result.Content is { } content
            ? TypedResults.File(content, parsed == RenderFormat.Docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/html; charset=utf-8", result.FileName)
            : ApiProblems.For(result.Failure!);
    }

    private static IResult Audit(HttpContext http, ReportStore store, string? region, int? year, string? filter)
    {
        var result = AuditWorkList.Run(store, new WorkListOptions
        {
            Scope = UserScope.Of(http.User), Region = region, Year = year, Filter = ReviewNames.ParseFilter(filter), User = http.User.Identity?.Name,
        });
        if (result.Audit is not { } audit)
        {
            return ApiProblems.For(result.Failure!);
        }

        return TypedResults.Ok(new AuditResponse(audit.Region, audit.Year, audit.Reports.Count, audit.Registered.Count,
            [.. audit.Missing.Select(u => u.Name)], result.OpenCount, [.. result.Items.Select(FindingItem.From)]));
    }

    private static IResult Workbook(HttpContext http, ReportStore store, string? region, int? year)
    {
        var result = AuditWorkList.Run(store, new WorkListOptions { Scope = UserScope.Of(http.User), Region = region, Year = year });
        return result.Audit is { } audit ? AuditWorkbook.File(audit, store) : ApiProblems.For(result.Failure!);
    }
}
