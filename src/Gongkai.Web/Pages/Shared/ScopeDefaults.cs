using Gongkai.Application.Reports;
using Gongkai.Store;

namespace Gongkai.Web.Pages.Shared;

/// <summary>
/// Where a page of a region and a year opens when the address names neither (区域看板, 对比, 公众): a 区域管理员 at its own
/// region, everyone else at every region; the latest year with a report the user can see, else last year.
/// </summary>
internal static class ScopeDefaults
{
    /// <summary>The region asked for, or the scope's own.</summary>
    /// <remarks>Asking for another region finds nothing outside the scope: the use cases apply it in their queries.</remarks>
    public static string? Region(AccessScope scope, string? asked) =>
        string.IsNullOrWhiteSpace(asked) ? scope.Kind == AccessKind.Region ? scope.Value : null : asked.Trim();

    /// <summary>The year asked for, or the latest year with a report in <paramref name="scope"/>, or last year.</summary>
    public static int Year(ReportStore store, AccessScope scope, int? asked) =>
        asked ?? LatestYear(store, scope) ?? DateTime.Today.Year - 1;

    private static int? LatestYear(ReportStore store, AccessScope scope) =>
        ListReports.Run(store, new ListReportsOptions { Scope = scope, Sort = ReportSort.YearDescending, PageSize = 1 }).Page?.Reports.FirstOrDefault()?.Year;
}
