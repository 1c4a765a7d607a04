using Gongkai.Application.Reviewing;
using Gongkai.Store;
using Gongkai.Web.Api;
using Gongkai.Web.Hosting;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Audit;

/// <summary>
/// 审核: the region/year audit (statutory rules, cross-year, coverage) within the user's scope as a work list —
/// assign a finding, confirm, dismiss or resolve it with a note, filter open/closed/mine, download the workbook.
/// </summary>
public sealed class IndexModel(ReportStore store, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    public WorkListResult Result { get; private set; } = null!;

    /// <summary>The accounts a finding can be assigned to (names only).</summary>
    public IReadOnlyList<string> Assignees { get; private set; } = [];

    /// <summary>The outcome of the last change, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    public string FilterKey => ReviewNames.Key(ReviewNames.ParseFilter(Filter));

    public IActionResult OnGet()
    {
        Result = Load();
        if (Result.Failure is { } failure)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable, failure.Message);
        }

        Assignees = [.. store.Accounts.All().Select(a => a.UserName)];
        return Page();
    }

    public IActionResult OnGetWorkbook()
    {
        var result = Load();
        return result.Audit is { } found ? AuditWorkbook.File(found, store).ToActionResult() : NotFound();
    }

    public IActionResult OnPostReview(string key, string action, string? assignee, string? note)
    {
        if (ReviewNames.ParseAction(action) is not { } parsed || Year is not { } year)
        {
            return BadRequest();
        }

        var result = ReviewFinding.Run(store, new ReviewOptions
        {
            Scope = UserScope.Of(User), Actor = User.Identity!.Name!, FindingKey = key, Action = parsed, Region = Region, Year = year,
            Assignee = assignee, Note = note,
        });
        if (result.Failure is { Kind: Application.FailureKind.NotFound })
        {
            return NotFound();
        }

        if (result.Description is { } done)
        {
            audit.Write(AuditActions.FindingReview, "finding:" + key, done);
        }

        Message = result.Failure?.Message ?? "已保存：" + result.Description;
        return RedirectToPage(new { Region, Year, Filter });
    }

    private WorkListResult Load() => AuditWorkList.Run(store, new WorkListOptions
    {
        Scope = UserScope.Of(User), Region = Region, Year = Year, Filter = ReviewNames.ParseFilter(Filter), User = User.Identity?.Name,
    });
}
