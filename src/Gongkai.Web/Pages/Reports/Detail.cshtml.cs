using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>报告详情: one report within the user's scope; outside it, 404 as if it did not exist.</summary>
public sealed class DetailModel(ReportStore store) : PageModel
{
    public ReportDetailView View { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        var result = GetReport.Run(store, new GetReportOptions(UserScope.Of(User), id));
        if (result.Report is not { } report)
        {
            return NotFound();
        }

        View = new ReportDetailView(report, "/reports", LinksToSource: true);
        return Page();
    }
}
