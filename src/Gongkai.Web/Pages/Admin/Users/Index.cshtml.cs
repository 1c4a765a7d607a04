using System.ComponentModel.DataAnnotations;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Users;

/// <summary>用户管理: every account with its role, scope and state, and the form that creates one (系统管理员 only).</summary>
public sealed class IndexModel(ReportStore store, UserManager<GongkaiUser> users, AuditTrail audit) : PageModel
{
    public IReadOnlyList<StoredAccount> Accounts { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "请填写用户名。")]
    [StringLength(64, ErrorMessage = "用户名不能超过 64 个字符。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请填写初始密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "初始密码")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Display(Name = "角色")]
    public AccountRole Role { get; set; } = AccountRole.Unit;

    [BindProperty]
    [Display(Name = "范围（区域或单位代码）")]
    public string? Scope { get; set; }

    /// <summary>Whether the account cannot sign in now (disabled or locked out after failed attempts).</summary>
    public static bool IsBlocked(StoredAccount account) => account.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;

    /// <summary>Whether the account was disabled by an administrator (locked with no end).</summary>
    public static bool IsDisabled(StoredAccount account) => account.LockoutEnd?.Year >= 9999;

    public void OnGet() => Accounts = store.Accounts.All();

    public async Task<IActionResult> OnPostAsync()
    {
        var (scope, error) = AccountScopes.Check(store, Role, Scope);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Scope), error);
        }

        if (ModelState.IsValid)
        {
            var user = new GongkaiUser { UserName = UserName.Trim(), Role = Role, Scope = scope };
            var created = await users.CreateAsync(user, Password);
            if (created.Succeeded)
            {
                audit.Write(AuditActions.AccountCreated, $"account:{user.UserName}", $"{Role.DisplayName()}{(scope is null ? "" : "，范围 " + scope)}");
                return RedirectToPage("Edit", new { id = user.Id });
            }

            foreach (var e in created.Errors)
            {
                ModelState.AddModelError(e.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(UserName), e.Description);
            }
        }

        Accounts = store.Accounts.All();
        return Page();
    }
}
