using Microsoft.AspNetCore.Authentication;

namespace Gongkai.Web.Identity;

/// <summary>
/// A request that sends a bearer token which is not accepted is refused (401), even where no sign-in is needed: a
/// machine client must learn that its token is wrong, not silently receive the public's answer.
/// </summary>
internal static class AccessTokenRefusal
{
    public static IApplicationBuilder UseAccessTokenRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (AccessTokenHandler.Carries(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(AccessTokenHandler.SchemeName);
                return;
            }

            await next(context);
        });
}
