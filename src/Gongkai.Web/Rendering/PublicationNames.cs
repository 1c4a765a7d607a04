using Gongkai.Store;

namespace Gongkai.Web.Rendering;

/// <summary>A report's publication (已公开 / 未公开) as the pages and the API name it, and the query values that select it.</summary>
internal static class PublicationNames
{
    public static string Chinese(StoredReport report) => report.IsPublished ? "已公开" : "未公开";

    public static string CssClass(StoredReport report) => report.IsPublished ? "publication-published" : "publication-unpublished";

    /// <summary>The query value (<c>published</c>, <c>unpublished</c>, or the Chinese name) as a filter.</summary>
    public static bool? Parse(string? value) => value switch
    {
        "published" or "已公开" or "true" => true,
        "unpublished" or "未公开" or "false" => false,
        _ => null,
    };
}
