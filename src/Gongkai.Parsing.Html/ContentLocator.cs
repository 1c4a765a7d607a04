using AngleSharp.Dom;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Html;

/// <summary>
/// Finds the report inside a portal page: the deepest element that still holds every report landmark the page
/// holds (section titles, the table anchors), so navigation, headers, footers and side lists fall outside it.
/// The title, often printed above the article container, is found separately. The landmarks come from the pipeline
/// (<see cref="ReportLandmarks"/>): the reader knows no statutory text.
/// </summary>
internal static class ContentLocator
{
    public static IElement Locate(IDocument document, ReportLandmarks landmarks)
    {
        var body = document.Body ?? document.DocumentElement;
        var wanted = Hits(body.TextContent, landmarks);
        if (wanted == 0)
        {
            return body;
        }

        var current = body;
        while (true)
        {
            IElement? next = null;
            foreach (var child in current.Children)
            {
                if (Hits(child.TextContent, landmarks) == wanted)
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return current;
            }

            current = next;
        }
    }

    /// <summary>
    /// The report's title when the portal prints it outside the container (a heading or title element naming an
    /// annual report, or the page's title before its <c>_site</c> suffix) and the container does not open with it.
    /// </summary>
    public static string? TitleOutside(IDocument document, IElement content, ReportLandmarks landmarks)
    {
        string? title = null;
        foreach (var candidate in document.QuerySelectorAll("h1, h2, h3, .title, .tit, #title, [class*=title], [class*=Title]"))
        {
            var text = Normalize(candidate.TextContent);
            if (text.Length is > 6 and < 80 && CodePointFolding.Fold(text).Contains(landmarks.TitleWord, StringComparison.Ordinal) && !content.Contains(candidate))
            {
                title = text;
                break;
            }
        }

        if (title is null)
        {
            var page = Normalize(document.Title ?? "");
            var cut = page.IndexOfAny(['_', '|', '－', '—']);
            page = cut > 0 ? page[..cut] : page;
            title = CodePointFolding.Fold(page).Contains(landmarks.TitleWord, StringComparison.Ordinal) ? page : null;
        }

        return title is not null && !CodePointFolding.Fold(Normalize(content.TextContent, 200)).Contains(CodePointFolding.Fold(title), StringComparison.Ordinal) ? title : null;
    }

    // Landmarks are matched in the raw text: reports print these phrases unbroken, and normalising every level's
    // whole text would cost more than the rest of reading the page. Look-alike code points (⾏ for 行) are folded:
    // that returns the same text after three vectorised scans unless the page has some.
    private static int Hits(string text, ReportLandmarks landmarks)
    {
        text = CodePointFolding.Fold(text);
        var hits = 0;
        foreach (var landmark in landmarks.Phrases)
        {
            if (text.Contains(landmark, StringComparison.Ordinal))
            {
                hits++;
            }
        }

        return hits;
    }

    private static string Normalize(string text, int max = int.MaxValue)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, max));
        foreach (var c in text)
        {
            if (builder.Length >= max)
            {
                break;
            }

            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
