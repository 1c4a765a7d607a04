using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The home address: the report list for a signed-in user, the public reports for anyone else.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(User.Identity?.IsAuthenticated == true ? "/reports" : "/public");
}
