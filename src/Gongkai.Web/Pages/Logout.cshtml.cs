using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>退出: a POST with the antiforgery token (a link cannot sign anyone out); the session is removed from the store.</summary>
public sealed class LogoutModel : PageModel
{
    private readonly SignInManager<GongkaiUser> _signIn;
    private readonly AuditTrail _audit;

    public LogoutModel(SignInManager<GongkaiUser> signIn, AuditTrail audit)
    {
        _signIn = signIn;
        _audit = audit;
    }

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            _audit.Write(AuditActions.Logout, $"account:{User.Identity.Name}");
            await _signIn.SignOutAsync();
        }

        return Redirect("/public");
    }
}
