using System.Security.Claims;
using System.Text.Encodings.Web;
using Gongkai.Store;
using Gongkai.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Identity;

/// <summary>
/// <c>Authorization: Bearer gk_…</c> on <c>/api/v1</c>: the token's owner, with the same role and scope claims as a
/// signed-in session (so every query applies the owner's <c>AccessScope</c>). A revoked or expired token, or one of a
/// locked or deleted account, is refused.
/// </summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ReportStore store, UserManager<GongkaiUser> users, IUserClaimsPrincipalFactory<GongkaiUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";

    /// <summary>Whether <paramref name="request"/> carries a bearer token for the API (otherwise the session cookie is used).</summary>
    public static bool Carries(HttpRequest request) =>
        request.IsApi() && request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Prefix.Length..].Trim();
        if (store.AccessTokens.Use(AccessTokens.Hash(token)) is not { } stored
            || await users.FindByIdAsync(stored.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } user
            || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("访问令牌无效、已撤销或已过期。");
        }

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, "访问令牌无效、已撤销或已过期。").ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Problem(StatusCodes.Status403Forbidden, "您的账户无权进行此操作。").ExecuteAsync(Context);
}
