using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Parsing.Html;

/// <summary>
/// AngleSharp's parser for report pages, one per thread and kept for the thread's life instead of built per page.
/// </summary>
/// <remarks>
/// A new <see cref="HtmlParser"/> builds a browsing context with the default configuration's services, ~23 KB and
/// a twentieth of the parse of a report page (docs/performance.md, "HTML, DOCX, XLSX readers in the whole process").
/// The context is not shared between threads: it creates its services lazily into a plain list.
/// </remarks>
internal static class HtmlPageParser
{
    [ThreadStatic]
    private static HtmlParser? t_parser;

    [ThreadStatic]
    private static int t_maxDepth;

    /// <summary>Parses <paramref name="text"/>, stopping at <paramref name="cancellation"/>; the caller disposes the document.</summary>
    public static IHtmlDocument Parse(string text, int maxDepth, CancellationToken cancellation)
    {
        var parser = t_parser;
        if (parser is null || t_maxDepth != maxDepth)
        {
            parser = new HtmlParser(new HtmlParserOptions
            {
                IsScripting = false,
                IsKeepingSourceReferences = true,
                MaximumDepth = maxDepth,
                SkipComments = true,
            });
            t_parser = parser;
            t_maxDepth = maxDepth;
        }

        // The asynchronous parse is the one that stops at the read's deadline; a string source completes it synchronously.
        return parser.ParseDocumentAsync(text, cancellation).GetAwaiter().GetResult();
    }
}
