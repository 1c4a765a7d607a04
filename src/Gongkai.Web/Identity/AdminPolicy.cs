using Gongkai.Store.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Identity;

/// <summary>The authorisation policy of the administration pages (/admin) and endpoints: 系统管理员 only.</summary>
internal static class AdminPolicy
{
    public const string Name = "admin";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Name, p => p.RequireAuthenticatedUser().RequireRole(AccountRole.Administrator.DisplayName()));
}
