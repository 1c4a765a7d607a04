using Gongkai.Application.Outputs;
using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>报告列表: the signed-in user's reports (their scope), filtered, sorted and paged; the view exported as XLSX or CSV.</summary>
public sealed class IndexModel(ReportStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportListQuery Query { get; set; } = new();

    public ReportListView View { get; private set; } = null!;

    public void OnGet() => View = new ReportListView(ListReports.Run(store, Query.ToOptions(UserScope.Of(User))), Query, "/reports/");

    /// <summary>Every report of the current view (same filters, same scope, all pages) as <paramref name="format"/>.</summary>
    public IActionResult OnGetExport(string? format)
    {
        if (SheetFiles.Parse(format) is not { } sheetFormat)
        {
            return BadRequest();
        }

        var output = new MemoryStream();
        var result = ExportReportList.Run(store, new ExportReportListOptions { List = Query.ToOptions(UserScope.Of(User)), Format = sheetFormat }, output);
        return result.FileName is { } name
            ? File(output.ToArray(), SheetFiles.ContentType(sheetFormat), name)
            : StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The export address of the current view in <paramref name="format"/>.</summary>
    public string ExportAddress(string format) => "/reports" + Query.AtPage(1) + "&handler=export&format=" + format;
}
