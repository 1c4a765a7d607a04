using Gongkai.Application.Units;
using Gongkai.Application.Versions;
using Gongkai.Store;
using Gongkai.Web.Identity;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>/api/v1/units</c> (the registry within the caller's scope) and <c>/api/v1/reports/{id}/versions</c> (a report's
/// versions and the cells each changed, 404 outside the scope). Bind, call the use case with the caller's scope, answer.
/// </summary>
internal static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/units", Units).RequireAuthorization();
        app.MapGet("/api/v1/reports/{id:long}/versions", Versions);
        return app;
    }

    private static IResult Units(HttpContext http, ReportStore store, string? region) =>
        TypedResults.Ok(ListUnits.Run(store, new UnitsOptions { Region = region, Scope = UserScope.Of(http.User) }).Units
            .Select(u => new UnitItem(u.Code, u.Name, u.Level, u.Region, u.ParentCode, u.Aliases)).ToList());

    private static IResult Versions(HttpContext http, ReportStore store, long id)
    {
        var result = ListVersions.Run(store, new VersionsOptions { ReportId = id, Scope = UserScope.Of(http.User) });
        return result.Report is { } report
            ? TypedResults.Ok(new VersionsResponse(report.ReportId, report.Agency, report.Year, [.. result.Versions.Select(VersionItem.From)]))
            : ApiProblems.For(result.Failure!);
    }
}
