using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Public;

/// <summary>公众: the published reports, for anyone (always the public's scope, signed in or not, so links are the same for all).</summary>
public sealed class IndexModel(ReportStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportListQuery Query { get; set; } = new();

    public ReportListView View { get; private set; } = null!;

    public void OnGet() => View = new ReportListView(ListReports.Run(store, Query.ToOptions(AccessScope.Public)), Query, "/public/");
}
