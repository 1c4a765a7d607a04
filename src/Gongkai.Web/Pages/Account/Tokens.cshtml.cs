using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

/// <summary>访问令牌: the signed-in user creates tokens for programs (shown once) and revokes them.</summary>
public sealed class TokensModel(ReportStore store, UserManager<GongkaiUser> users, AuditTrail audit) : PageModel
{
    /// <summary>The longest validity a token may be given, in days.</summary>
    public const int MaxDays = 366;

    public IReadOnlyList<StoredAccessToken> Tokens { get; private set; } = [];

    /// <summary>The token just created, shown this once.</summary>
    public string? Created { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写令牌名称。")]
    [StringLength(60, ErrorMessage = "令牌名称不能超过 60 个字。")]
    [Display(Name = "名称")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Range(1, MaxDays, ErrorMessage = "有效期应为 1 至 366 天。")]
    [Display(Name = "有效期（天）")]
    public int Days { get; set; } = 90;

    public void OnGet() => Load();

    public IActionResult OnPostCreate()
    {
        if (!ModelState.IsValid)
        {
            Load();
            return Page();
        }

        var (token, hash, prefix) = AccessTokens.New();
        var id = store.AccessTokens.Create(AccountId, Name.Trim(), hash, prefix, DateTimeOffset.UtcNow.AddDays(Days));
        audit.Write(AuditActions.TokenCreated, $"token:{id.ToString(CultureInfo.InvariantCulture)}", $"访问令牌“{Name.Trim()}”（{prefix}…），有效期 {Days.ToString(CultureInfo.InvariantCulture)} 天");
        Created = token;
        Load();
        return Page();
    }

    public IActionResult OnPostRevoke(long id)
    {
        if (!store.AccessTokens.Revoke(id, AccountId))
        {
            return NotFound();
        }

        audit.Write(AuditActions.TokenRevoked, $"token:{id.ToString(CultureInfo.InvariantCulture)}");
        return RedirectToPage();
    }

    private long AccountId => long.Parse(users.GetUserId(User)!, CultureInfo.InvariantCulture);

    private void Load() => Tokens = store.AccessTokens.Of(AccountId);
}
