using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>报告列表: the signed-in user's reports (their scope), filtered, sorted and paged.</summary>
public sealed class IndexModel(ReportStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportListQuery Query { get; set; } = new();

    public ReportListView View { get; private set; } = null!;

    public void OnGet() => View = new ReportListView(ListReports.Run(store, Query.ToOptions(UserScope.Of(User))), Query, "/reports/");
}
