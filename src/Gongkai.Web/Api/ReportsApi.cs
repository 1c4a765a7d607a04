using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Application.Reports;
using Gongkai.Core.Serialization;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Gongkai.Web.Identity;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>/api/v1/reports</c>: list (scope-limited), one report's canonical JSON (the CLI's writer), its original file,
/// and upload. Each endpoint binds, calls a use case with the caller's access scope, and answers.
/// </summary>
internal static class ReportsApi
{
    public static IEndpointRouteBuilder MapGongkaiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reports");
        api.MapGet("/", List);
        api.MapGet("/{id:long}", Json);
        api.MapGet("/{id:long}/original", Original);
        // Antiforgery is checked in Upload itself: a browser session must show the form's token, a token client need not.
        api.MapPost("/", Upload).RequireAuthorization().DisableAntiforgery().DisableRequestTimeout();
        // Anything else under /api answers problem+json, not a page.
        app.Map("/api/{**rest}", () => ApiProblems.Problem(StatusCodes.Status404NotFound, "没有这个接口。")).ExcludeFromDescription();
        return app;
    }

    private static IResult List(
        HttpContext http, ReportStore store, string? region, int? year, string? status, string? publication, string? name, string? sort, int? page, int? pageSize)
    {
        var result = ListReports.Run(store, new ListReportsOptions
        {
            Scope = UserScope.Of(http.User),
            Region = region,
            Year = year,
            Status = ReportStatusNames.Parse(status),
            Published = PublicationNames.Parse(publication),
            Name = name,
            Sort = ReportStatusNames.ParseSort(sort),
            Page = page ?? 1,
            PageSize = pageSize ?? ListReportsOptions.DefaultPageSize,
        });
        return result.Page is { } found
            ? TypedResults.Ok(new ReportListResponse(found.Total, result.PageNumber, result.PageSize, [.. found.Reports.Select(ReportListItem.From)]))
            : ApiProblems.For(result.Failure!);
    }

    private static IResult Json(HttpContext http, ReportStore store, long id)
    {
        var result = GetReport.Run(store, new GetReportOptions(UserScope.Of(http.User), id));
        return result.Report is { } view
            ? TypedResults.Text(ReportJsonWriter.Write(view.Content, view.Findings, ReportJsonOptions.Default), "application/json; charset=utf-8")
            : ApiProblems.For(result.Failure!);
    }

    private static IResult Original(HttpContext http, ReportStore store, long id, string? sha256)
    {
        var result = GetOriginalFile.Run(store, new GetOriginalFileOptions(UserScope.Of(http.User), id, sha256));
        // Sent as bytes to save, never as a page to render: the content is whatever the agency published.
        return result.File is { } file
            ? TypedResults.File(file.Content, "application/octet-stream", file.FileName)
            : ApiProblems.For(result.Failure!);
    }

    private static async Task<IResult> Upload(
        HttpContext http, [FromForm] IFormFileCollection files, IAntiforgery antiforgery, ReportStore store, AuditTrail audit, WebSettings settings, CancellationToken cancellation)
    {
        if (await ApiForgery.RefusalAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var result = UploadReports.Run(store, UploadForm.Options(files, settings, UserScope.Of(http.User)), cancellation);
        audit.Write(AuditActions.Upload, null, string.Create(CultureInfo.InvariantCulture, $"{files.Count} 个文件：{string.Join("；", result.Files.Select(f => $"{f.Name} {f.Message}"))}"));
        return result.Failure is { } failure ? ApiProblems.For(failure) : TypedResults.Ok(result.Files);
    }
}
