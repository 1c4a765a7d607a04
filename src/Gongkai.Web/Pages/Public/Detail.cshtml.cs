using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Public;

/// <summary>A published report, for anyone.</summary>
public sealed class DetailModel(ReportStore store) : PageModel
{
    public ReportDetailView View { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        var result = GetReport.Run(store, new GetReportOptions(AccessScope.Public, id));
        if (result.Report is not { } report)
        {
            return NotFound();
        }

        View = new ReportDetailView(report, "/public");
        return Page();
    }
}
