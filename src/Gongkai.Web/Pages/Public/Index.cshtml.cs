using Gongkai.Application.Dashboards;
using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Public;

/// <summary>
/// 公众: a region's published reports of a year and their statistics (totals, indicators, charts, drill-down), for
/// anyone, linkable as <c>/public?region=…&amp;year=…</c>. Always the public's scope, signed in or not, so that a link
/// shows the same to all and never an unpublished or unlinked report (<see cref="AccessScope.Public"/>).
/// </summary>
public sealed class IndexModel(ReportStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportListQuery Query { get; set; } = new();

    public ReportListView View { get; private set; } = null!;

    /// <summary>The region's statistics for <see cref="ShownYear"/>.</summary>
    public DashboardResult Stats { get; private set; } = null!;

    /// <summary>The year shown (asked for, or the latest year with a published report).</summary>
    public int ShownYear { get; private set; }

    public void OnGet()
    {
        var scope = AccessScope.Public;
        ShownYear = ScopeDefaults.Year(store, scope, Query.Year);
        Query.Year = ShownYear;
        View = new ReportListView(ListReports.Run(store, Query.ToOptions(scope)), Query, "/public/", ShowsPublication: false);
        Stats = BuildDashboard.Run(store, new DashboardOptions { Scope = scope, Region = ScopeDefaults.Region(scope, Query.Region), Year = ShownYear });
    }

    /// <summary>This page's address for another region (drill down or up), same year.</summary>
    public string At(string? region) => Url.Page("/Public/Index", new { region, year = ShownYear })!;
}
