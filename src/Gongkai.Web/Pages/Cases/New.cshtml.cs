using System.Globalization;
using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Registry;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 登记申请: the registration form. Every field is checked here first (length, control characters, dates) with the
/// Chinese message beside it; the receipt date by art. 31 and the number are the RegisterCase use case's.
/// </summary>
public sealed class NewModel(ReportStore store, AuditTrail audit) : PageModel
{
    [BindProperty]
    public CaseForm Form { get; set; } = new();

    public IReadOnlyList<RegisteredUnit> Units { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return Forbid();
        }

        Form = new CaseForm
        {
            UnitId = Units.Count == 1 ? Units[0].Code : null,
            Arrived = DateOnly.FromDateTime(DateTime.Today),
            Assignee = User.Identity!.Name,
            GenerateReceipt = true,
        };
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!Load())
        {
            return Forbid();
        }

        foreach (var (field, message) in Form.Problems())
        {
            ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = RegisterCase.Run(store, Form.ToOptions(UserScope.Of(User), User.Identity!.Name!));
        if (result.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            if (failure.Kind == FailureKind.Forbidden)
            {
                return Forbid();
            }

            ModelState.AddModelError(string.Empty, failure.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var view = result.Case!;
        audit.Write(AuditActions.CaseRegistered, $"case:{view.Case.Id}", $"{view.Case.UnitId} {view.Case.Number}");
        TempData["message"] = $"已登记申请 {view.Case.Number}。{result.ReceiptRule}";
        return Redirect($"/cases/detail?id={Uri.EscapeDataString(view.Case.Id)}");
    }

    /// <summary>The units the user may register for: its own (填报单位) or every unit (系统管理员); none for others.</summary>
    private bool Load()
    {
        if (UserScope.Role(User) is not (Gongkai.Store.Accounts.AccountRole.Unit or Gongkai.Store.Accounts.AccountRole.Administrator))
        {
            return false;
        }

        Units = ListUnits.Run(store, new UnitsOptions { Scope = UserScope.Of(User) }).Units;
        return true;
    }

    /// <summary>A date for an <c>input type=date</c>.</summary>
    public static string DateValue(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
