using Gongkai.Application.Dashboards;
using Gongkai.Application.Outputs;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Dashboard;

/// <summary>
/// 区域看板: a region and year within the user's scope (a 区域管理员 starts at its own region, the administrator
/// at every region); coverage, totals, indicators, charts with their data as tables, exports, drill-down.
/// </summary>
[Authorize]
public sealed class IndexModel(ReportStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DashboardResult Result { get; private set; } = null!;

    /// <summary>The year shown (asked for, or the latest year with a report in the user's scope).</summary>
    public int ShownYear { get; private set; }

    public void OnGet() => Result = Build();

    /// <summary>The whole dashboard as a workbook, or one of its tables (<paramref name="table"/>) as XLSX or CSV.</summary>
    public IActionResult OnGetExport(string? format, string? table)
    {
        if (SheetFiles.Parse(format) is not { } sheetFormat || (table is not null && !DashboardSheets.Keys.Contains(table)) || (sheetFormat == SheetFormat.Csv && table is null))
        {
            return BadRequest();
        }

        Result = Build();
        if (Result.Dashboard is not { } dashboard)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var output = new MemoryStream();
        SheetFiles.Write(output, sheetFormat, table is null ? DashboardSheets.All(dashboard) : [DashboardSheets.Sheet(dashboard, table)!]);
        var name = DashboardSheets.FileStem(dashboard) + (table is null ? "" : "-" + table) + SheetFiles.Extension(sheetFormat);
        return File(output.ToArray(), SheetFiles.ContentType(sheetFormat), name);
    }

    /// <summary>This dashboard's address for another region (drill down or up).</summary>
    public string At(string? region) => Url.Page("/Dashboard/Index", new { region, year = ShownYear })!;

    /// <summary>The export address of <paramref name="table"/> (all tables when <see langword="null"/>) in <paramref name="format"/>.</summary>
    public string Export(string format, string? table = null) =>
        Url.Page("/Dashboard/Index", "Export", new { region = Result.Dashboard?.Region, year = ShownYear, format, table })!;

    private DashboardResult Build()
    {
        var scope = UserScope.Of(User);
        ShownYear = ScopeDefaults.Year(store, scope, Year);
        return BuildDashboard.Run(store, new DashboardOptions { Scope = scope, Region = ScopeDefaults.Region(scope, Region), Year = ShownYear });
    }
}
