using Gongkai.Application;
using Gongkai.Application.Drafting;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Drafts;
using Gongkai.Store.Registry;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Drafts;

/// <summary>在线填报: the drafts the user may open (resume), and starting a unit's report for a year (a 填报单位 only its own).</summary>
public sealed class IndexModel(ReportStore store, AuditTrail audit) : PageModel
{
    public IReadOnlyList<StoredDraft> Drafts { get; private set; } = [];

    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    /// <summary>The year a report is written for in January: the year just ended.</summary>
    public int DefaultYear { get; } = DateTime.Today.Year - 1;

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
        var scope = UserScope.Of(User);
        Drafts = ListDrafts.Run(store, scope);
        Units = ListUnits.Run(store, new UnitsOptions { Scope = scope }).Units;
    }

    public IActionResult OnPostStart(string? unitCode, int year)
    {
        var result = StartDraft.Run(store, new StartDraftOptions { Scope = UserScope.Of(User), UnitCode = unitCode ?? "", Year = year, User = User.Identity!.Name! });
        if (result.Draft is not { } draft)
        {
            if (result.Failure!.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            Message = result.Failure.Message;
            return Redirect("/drafts");
        }

        if (result.Created)
        {
            audit.Write(AuditActions.DraftStarted, $"draft:{draft.Stored.Id}", $"{draft.Stored.UnitName} {draft.Stored.Year} 年度");
        }

        return Redirect($"/drafts/{draft.Stored.Id}");
    }
}
