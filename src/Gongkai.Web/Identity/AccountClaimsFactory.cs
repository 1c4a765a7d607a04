using System.Security.Claims;
using Gongkai.Store.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Identity;

/// <summary>Adds the account's role (its Chinese name) and scope to the signed-in principal.</summary>
public sealed class AccountClaimsFactory(UserManager<GongkaiUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GongkaiUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GongkaiUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.Role.DisplayName()));
        if (user.Scope is { Length: > 0 } scope)
        {
            identity.AddClaim(new Claim(GongkaiClaims.Scope, scope));
        }

        return identity;
    }
}
