using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages;

/// <summary>登录: Identity's password sign-in with lockout and a rate limit per address; every attempt is in the audit log.</summary>
[EnableRateLimiting(GongkaiWebServices.LoginPolicy)]
public sealed class LoginModel : PageModel
{
    private readonly SignInManager<GongkaiUser> _signIn;
    private readonly AuditTrail _audit;

    public LoginModel(SignInManager<GongkaiUser> signIn, AuditTrail audit)
    {
        _signIn = signIn;
        _audit = audit;
    }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await _signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            _audit.Write(AuditActions.Login, $"account:{UserName.Trim()}", actor: UserName.Trim());
            // Only an address of this site: a crafted ReturnUrl must not send the user elsewhere.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/reports");
        }

        _audit.Write(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed, $"account:{UserName.Trim()}");
        Message = result.IsLockedOut
            ? "登录失败次数过多，账户已被暂时锁定，请 15 分钟后再试。"
            : "用户名或密码不正确。";
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized;
        return Page();
    }
}
