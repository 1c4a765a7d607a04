namespace Gongkai.Web.Api;

/// <summary>Whether a request is for the API (answered with problem+json) rather than a page.</summary>
internal static class ApiPaths
{
    public static readonly PathString Root = "/api";

    public static bool IsApi(this HttpRequest request) => request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
