using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Reminders;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 办理台账: the cases the user may read (a 填报单位 its unit's, a 区域管理员 its region's, a 系统管理员 all), filtered
/// (全部/办理中/N 个工作日内到期/已逾期/我经办的), searched and paged, with the reminders (due soon and overdue) on top.
/// </summary>
public sealed class IndexModel(ReportStore store) : PageModel
{
    public const int PageSize = 50;

    private const int ReminderLimit = 20;

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public ListCasesResult Result { get; private set; } = null!;

    /// <summary>The open cases overdue, then those due within <see cref="CaseListFilter.DueWithinWorkingDays"/> working days.</summary>
    public IReadOnlyList<CaseReminder> Reminders { get; private set; } = [];

    /// <summary>Whether the user may register cases (a 填报单位, or a 系统管理员 for a unit named).</summary>
    public bool CanRegister => UserScope.Role(User) is Gongkai.Store.Accounts.AccountRole.Unit or Gongkai.Store.Accounts.AccountRole.Administrator;

    public string CurrentFilter => CaseListFilter.Parse(Filter);

    public void OnGet()
    {
        var scope = UserScope.Of(User);
        var filter = CurrentFilter;
        Result = ListCases.Run(store, new ListCasesOptions
        {
            Scope = scope,
            UnitId = CaseText.Clean(Unit),
            OpenOnly = filter == CaseListFilter.Open,
            DueWithinWorkingDays = filter == CaseListFilter.DueSoon ? CaseListFilter.DueWithinWorkingDays : null,
            OverdueOnly = filter == CaseListFilter.Overdue,
            Assignee = filter == CaseListFilter.Mine ? User.Identity!.Name : null,
            ReceivedYear = Year,
            Text = CaseText.Clean(Q),
            Page = Math.Max(1, PageNumber),
            PageSize = PageSize,
        });
        // The same reminders as `gongkai cases remind` and the e-mails: overdue first, then the earliest due.
        Reminders = [.. ListReminders.Run(store, new ListRemindersOptions
        {
            Scope = scope,
            UnitId = CaseText.Clean(Unit),
            Days = CaseListFilter.DueWithinWorkingDays,
            Today = CaseToday.Now(),
        }).Reminders.OrderBy(r => r.WorkingDaysLeft).Take(ReminderLimit)];
    }

    /// <summary>The address of this list with <paramref name="filter"/> (the other criteria kept).</summary>
    public string Address(string? filter = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["filter"] = filter ?? CurrentFilter,
            ["q"] = Q,
            ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = Unit,
            ["pageNumber"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/cases", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
