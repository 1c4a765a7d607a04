using System.Security.Claims;
using Gongkai.Store;
using Gongkai.Store.Accounts;

namespace Gongkai.Web.Identity;

/// <summary>The access scope of the user making a request, which every read use case is given.</summary>
internal static class UserScope
{
    /// <summary>
    /// 系统管理员: all; 区域管理员: its region; 填报单位: its unit; anyone else (not signed in, or an account whose
    /// scope is missing): the public's.
    /// </summary>
    public static AccessScope Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return AccessScope.Public;
        }

        var scope = user.FindFirstValue(GongkaiClaims.Scope);
        return Role(user) switch
        {
            AccountRole.Administrator => AccessScope.All,
            AccountRole.RegionAdministrator when scope is { Length: > 0 } => AccessScope.Region(scope),
            AccountRole.Unit when scope is { Length: > 0 } => AccessScope.Unit(scope),
            _ => AccessScope.Public,
        };
    }

    /// <summary>The signed-in user's role, or <see langword="null"/>.</summary>
    public static AccountRole? Role(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? AccountRoles.FromDisplayName(user.FindFirstValue(ClaimTypes.Role)) : null;
}
