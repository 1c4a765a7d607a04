using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Users;

/// <summary>
/// One account: change its role and scope, disable or enable it, set a new password. Disabling and a new password end
/// the account's sessions and stop its access tokens at once. An administrator cannot disable or demote their own account.
/// </summary>
public sealed class EditModel(ReportStore store, UserManager<GongkaiUser> users, AuditTrail audit) : PageModel
{
    public GongkaiUser Account { get; private set; } = null!;

    public string? Message { get; private set; }

    [BindProperty]
    [Display(Name = "角色")]
    public AccountRole Role { get; set; }

    [BindProperty]
    [Display(Name = "范围（区域或单位代码）")]
    public string? Scope { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string? NewPassword { get; set; }

    public bool IsSelf => users.GetUserId(User) == Account.Id.ToString(CultureInfo.InvariantCulture);

    public bool IsDisabled => Account.LockoutEnd is { Year: >= 9999 };

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await Load(id))
        {
            return NotFound();
        }

        Role = Account.Role;
        Scope = Account.Scope;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id)
    {
        if (!await Load(id))
        {
            return NotFound();
        }

        var (scope, error) = AccountScopes.Check(store, Role, Scope);
        if (IsSelf && Role != Account.Role)
        {
            error = "不能更改自己的角色。";
        }

        if (error is not null)
        {
            ModelState.AddModelError(nameof(Scope), error);
            return Page();
        }

        var before = $"{Account.Role.DisplayName()} {Account.Scope}".Trim();
        Account.Role = Role;
        Account.Scope = scope;
        // A new stamp: the account's sessions are re-issued with the new role and scope (or end).
        await users.UpdateSecurityStampAsync(Account);
        store.Sessions.RemoveFor(Account.Id);
        audit.Write(AuditActions.AccountChanged, $"account:{Account.UserName}", $"{before} → {Role.DisplayName()} {scope}".Trim());
        return Done("已保存角色和范围。");
    }

    public async Task<IActionResult> OnPostDisableAsync(long id) => await SetDisabled(id, disabled: true);

    public async Task<IActionResult> OnPostEnableAsync(long id) => await SetDisabled(id, disabled: false);

    public async Task<IActionResult> OnPostPasswordAsync(long id)
    {
        if (!await Load(id))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), "请填写新密码。");
            return Page();
        }

        // Checked before the old password is removed, so a refused password leaves the account as it was.
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, Account, NewPassword)).Errors);
        }

        if (errors.Count == 0)
        {
            var removed = await users.RemovePasswordAsync(Account);
            errors.AddRange(removed.Succeeded ? (await users.AddPasswordAsync(Account, NewPassword)).Errors : removed.Errors);
        }

        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                ModelState.AddModelError(nameof(NewPassword), e.Description);
            }

            return Page();
        }

        store.Sessions.RemoveFor(Account.Id);
        audit.Write(AuditActions.PasswordReset, $"account:{Account.UserName}");
        return Done("已设置新密码，该账户需用新密码重新登录。");
    }

    private async Task<IActionResult> SetDisabled(long id, bool disabled)
    {
        if (!await Load(id))
        {
            return NotFound();
        }

        if (IsSelf && disabled)
        {
            ModelState.AddModelError(string.Empty, "不能停用自己的账户。");
            return Page();
        }

        await users.SetLockoutEnabledAsync(Account, true);
        await users.SetLockoutEndDateAsync(Account, disabled ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(Account);
        if (disabled)
        {
            await users.UpdateSecurityStampAsync(Account);
            store.Sessions.RemoveFor(Account.Id);
        }

        audit.Write(disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled, $"account:{Account.UserName}");
        return Done(disabled ? "账户已停用，其登录会话和访问令牌立即失效。" : "账户已启用。");
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["message"] = message;
        return RedirectToPage(new { id = Account.Id });
    }

    private async Task<bool> Load(long id)
    {
        if (await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture)) is not { } account)
        {
            return false;
        }

        Account = account;
        Message = TempData["message"] as string;
        return true;
    }
}
