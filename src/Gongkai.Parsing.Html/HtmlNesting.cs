using System.Text;

namespace Gongkai.Parsing.Html;

/// <summary>
/// A linear pre-scan of a page's tags, before AngleSharp builds its tree: counts the elements and removes the tags
/// of elements nested deeper than a limit, keeping their text (and line breaks, so that source lines still match).
/// </summary>
/// <remarks>
/// The HTML tree builder scans its stack of open elements for every block start tag ("close a p element in button
/// scope"), and AngleSharp's own depth cap flattens the tree but not that stack: 100,000 nested <c>div</c> took
/// minutes (issue #10). Only elements that need an end tag count towards the depth (void elements and those whose
/// end tag may be left out — <c>p</c>, <c>li</c>, <c>td</c>, <c>tr</c> … — do not), raw-text elements are skipped
/// whole, and an end tag closes the nearest open element of its name within <see cref="SearchWindow"/> levels, as
/// the tree builder would for well-formed and ordinarily sloppy pages. Adversarial mis-nesting can still fool the
/// count; the read's time budget is the backstop for that.
/// </remarks>
internal static class HtmlNesting
{
    // How far down the open elements an end tag looks for its start tag: bounded, so a page of stray end tags stays linear.
    private const int SearchWindow = 32;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",

        // end tag optional, or closed by the next sibling
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
    };

    // Elements whose content is text up to their end tag.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    /// <summary>The page with tags nested deeper than <paramref name="maxDepth"/> removed, and how many start tags it has.</summary>
    public static (string Text, int Elements) Flatten(string html, int maxDepth)
    {
        var open = new List<(string Name, bool Dropped)>();
        var foreign = 0; // open svg/math elements: inside them "/>" closes an element
        var elements = 0;
        StringBuilder? output = null;
        var copied = 0;

        void Drop(int start, int end)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, start - copied);
            for (var i = start; i < end; i++)
            {
                if (html[i] == '\n')
                {
                    output.Append('\n');
                }
            }

            copied = end;
        }

        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = close < 0 ? html.Length : close + 3;
                continue;
            }

            var next = at + 1 < html.Length ? html[at + 1] : '\0';
            if (next is '!' or '?')
            {
                var close = html.IndexOf('>', at);
                at = close < 0 ? html.Length : close + 1;
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++; // a '<' that starts no tag is text
                continue;
            }

            var (tagEnd, selfClosing) = EndOfTag(html, nameEnd);
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (isEnd)
            {
                for (var i = open.Count - 1; i >= Math.Max(0, open.Count - SearchWindow); i--)
                {
                    if (open[i].Name == name)
                    {
                        var dropped = open[i].Dropped;
                        for (var j = open.Count - 1; j >= i; j--)
                        {
                            foreign -= open[j].Name is "svg" or "math" ? 1 : 0;
                        }

                        open.RemoveRange(i, open.Count - i);
                        if (dropped)
                        {
                            Drop(at, tagEnd);
                        }

                        break;
                    }
                }
            }
            else
            {
                elements++;
                var closesItself = selfClosing && (foreign > 0 || name is "svg" or "math");
                // Raw-text elements hold no elements, and removing their tags would turn a script into text.
                if (!Uncounted.Contains(name) && !closesItself && !RawText.Contains(name))
                {
                    var drop = open.Count >= maxDepth;
                    open.Add((name, drop));
                    foreign += name is "svg" or "math" ? 1 : 0;
                    if (drop)
                    {
                        Drop(at, tagEnd);
                    }
                }

                if (RawText.Contains(name))
                {
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    tagEnd = close < 0 ? html.Length : close;
                }
            }

            at = tagEnd;
        }

        if (output is null)
        {
            return (html, elements);
        }

        output.Append(html, copied, html.Length - copied);
        return (output.ToString(), elements);
    }

    // Where the tag starting before `from` ends (after its '>'), and whether it ends with "/>". Quotes count only
    // as attribute values (after '='), as the HTML tokenizer reads them.
    private static (int End, bool SelfClosing) EndOfTag(string html, int from)
    {
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
            {
                return (i + 1, i > from && html[i - 1] == '/');
            }

            if (afterEquals && c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return (html.Length, false);
                }

                i = close;
                afterEquals = false;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return (html.Length, false);
    }
}
