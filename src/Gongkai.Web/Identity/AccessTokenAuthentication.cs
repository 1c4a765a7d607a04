using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Identity;

/// <summary>Registers the personal-access-token scheme beside the session cookie, and picks one per request.</summary>
internal static class AccessTokenAuthentication
{
    /// <summary>The default scheme: a bearer token on the API, the session cookie otherwise.</summary>
    public const string Scheme = "gongkai";

    public static AuthenticationBuilder AddGongkaiAuthentication(this IServiceCollection services)
    {
        var builder = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "会话或访问令牌", o => o.ForwardDefaultSelector = c =>
                AccessTokenHandler.Carries(c.Request) ? AccessTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);
        builder.AddIdentityCookies();
        return builder;
    }
}
