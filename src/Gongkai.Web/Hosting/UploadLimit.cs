using Gongkai.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Refuses an upload larger than the limit before anything reads it (413, in Chinese), and raises the server's body
/// limit to it for the upload addresses only (every other request keeps the server's default).
/// </summary>
internal static class UploadLimit
{
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (context, next) =>
    {
        var isUpload = HttpMethods.IsPost(context.Request.Method)
            && (context.Request.Path.Equals("/upload", StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals("/api/v1/reports", StringComparison.OrdinalIgnoreCase));
        if (!isUpload)
        {
            await next(context);
            return;
        }

        var message = $"上传内容超过了 {maxBytes / 1024 / 1024} MB 的上限：请分批上传。";
        if (context.Request.ContentLength > maxBytes)
        {
            await Refuse(context, message);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await Refuse(context, message);
        }
    });

    private static Task Refuse(HttpContext context, string message)
    {
        // The client may still be sending: the connection is closed after this answer rather than drained.
        context.Response.Headers.Connection = "close";
        if (context.Request.IsApi())
        {
            return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, message).ExecuteAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}
