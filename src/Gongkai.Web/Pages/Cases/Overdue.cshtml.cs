using Gongkai.Application.Cases;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 逾期统计: per unit of the 区域管理员's region (all units for a 系统管理员) the open cases, those due within
/// <see cref="CaseListFilter.DueWithinWorkingDays"/> working days and those overdue, with totals; each unit links to its
/// list. A 填报单位 sees its own list instead (403 here).
/// </summary>
public sealed class OverdueModel(ReportStore store) : PageModel
{
    public CaseOverdueStatisticsResult Result { get; private set; } = null!;

    /// <summary>The day counted from (UTC+8).</summary>
    public DateOnly Today { get; } = CaseToday.Now();

    public IActionResult OnGet()
    {
        if (UserScope.Role(User) is not (AccountRole.RegionAdministrator or AccountRole.Administrator))
        {
            return Forbid();
        }

        Result = CaseOverdueStatistics.Run(store, new CaseOverdueStatisticsOptions { Scope = UserScope.Of(User), User = User.Identity!.Name!, Today = Today, SoonWorkingDays = CaseListFilter.DueWithinWorkingDays });
        return Page();
    }
}
