using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
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
    // Where portals print a title: headings and elements whose class or id says so.
    private const string TitleSelectors = "h1, h2, h3, .title, .tit, #title, [class*=title], [class*=Title]";

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
            for (var child = current.FirstElementChild; child is not null; child = child.NextElementSibling)
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
        var candidates = TitleSelector(document.Context);
        foreach (var candidate in ElementsInOrder(document))
        {
            if (!MayMatchTitleSelectors(candidate) || !candidates.Match(candidate, null))
            {
                continue;
            }

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

        return title is not null && !CodePointFolding.Fold(LeadingText(content, 200)).Contains(CodePointFolding.Fold(title), StringComparison.Ordinal) ? title : null;
    }

    // The title selectors as parsed by the context's CSS parser: parsed once per context (HtmlPageParser keeps one
    // per thread) rather than once per page. Thread-static because the contexts are.
    [ThreadStatic]
    private static (IBrowsingContext Context, ISelector Selector)? t_titleSelector;

    private static ISelector TitleSelector(IBrowsingContext context)
    {
        if (t_titleSelector is not { } cached || cached.Context != context)
        {
            cached = (context, context.GetService<ICssSelectorParser>()!.ParseSelector(TitleSelectors)!);
            t_titleSelector = cached;
        }

        return cached.Selector;
    }

    // A necessary condition of every title selector, checked before the selector's work (a class list built per
    // element): a heading's name, or a class naming "tit…" or an id naming "title" in any case (quirks-mode pages
    // match class and id selectors ignoring case). Most of a portal page's elements have attributes, few such ones.
    private static bool MayMatchTitleSelectors(IElement element) =>
        element.LocalName.Length == 2 && element.LocalName[0] is 'h' or 'H' && element.LocalName[1] is '1' or '2' or '3'
        || element.GetAttribute("class") is { } names && names.Contains("tit", StringComparison.OrdinalIgnoreCase)
        || element.GetAttribute("id") is { } id && id.Contains("title", StringComparison.OrdinalIgnoreCase);

    // The document's elements in tree order, as QuerySelectorAll lists them: matched one by one so that the search
    // stops at the first title instead of collecting every match of the page first.
    private static IEnumerable<IElement> ElementsInOrder(IDocument document)
    {
        var stack = new Stack<IElement>();
        if (document.DocumentElement is { } root)
        {
            stack.Push(root);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
    }

    // Normalize(element.TextContent, max) without building the whole text: the element's text nodes in order until
    // max characters that are not white space have been seen.
    private static string LeadingText(IElement element, int max)
    {
        var builder = new System.Text.StringBuilder(max);
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0 && builder.Length < max)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                foreach (var c in text.Data)
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

                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        return builder.ToString();
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
