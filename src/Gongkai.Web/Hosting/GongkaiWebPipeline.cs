using Gongkai.Web.Api;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Hosting;

/// <summary>The request pipeline: errors, security headers, static files, upload limit, accounts, antiforgery.</summary>
internal static class GongkaiWebPipeline
{
    public static WebApplication UseGongkaiWeb(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<WebSettings>();
        // Behind nginx on the same host (docs/deploy.md): the client's address (login limit, audit log) and the scheme
        // (secure cookies) come from X-Forwarded-For/-Proto, trusted from loopback proxies only (the framework's default).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseSecurityHeaders();
        // The API answers problem+json (titles in Chinese); the pages show the Chinese error page.
        app.UseWhen(c => c.Request.IsApi(), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !c.Request.IsApi(), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusOf });
            pages.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        });
        app.UseStaticFiles();
        app.UseUploadLimit(settings.MaxUploadBytes);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAccessTokenRefusal();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
}
