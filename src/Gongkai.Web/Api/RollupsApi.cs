using Gongkai.Application.RollingUp;
using Gongkai.Store;
using Gongkai.Store.Queries;
using Gongkai.Web.Identity;

namespace Gongkai.Web.Api;

/// <summary>
/// <c>GET /api/v1/rollups?region=&amp;year=&amp;toYear=</c>: a region's totals of every cell and its indicators, year by
/// year (RollUpRegion with the caller's scope: the public's totals count published reports only).
/// </summary>
internal static class RollupsApi
{
    public static IEndpointRouteBuilder MapRollupsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/rollups", Get);
        return app;
    }

    private static IResult Get(HttpContext http, ReportStore store, string? region, int? year, int? toYear)
    {
        if (year is not { } from || from is < 1900 or > 2999)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "请用 year 参数给出年度（如 year=2022）。");
        }

        if (toYear is { } to && (to < from || to - from > 50))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "toYear 应不早于 year，且跨度不超过 50 年。");
        }

        var result = RollUpRegion.Run(store, new RollUpOptions { Scope = UserScope.Of(http.User), Region = region, Year = from, ToYear = toYear });
        return TypedResults.Ok(result.Totals.Select(Body));
    }

    private static RollupBody Body(RegionTotals t) => new(t.Region, t.Year, t.Reports, t.SummaryReports, t.Indicators,
        [.. t.Cells.Select(c => new RollupCell(c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Sum, c.Reporting, c.Blank))]);
}
