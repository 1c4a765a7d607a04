namespace Gongkai.Web.Hosting;

/// <summary>
/// Headers on every answer: a Content-Security-Policy that allows only this server's own files (no inline script or
/// style, no CDN: the product runs inside government networks), no framing, no MIME sniffing, no referrer leaks.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    });
}
