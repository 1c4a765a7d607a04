namespace Gongkai.Parsing.Reading;

/// <summary>
/// Recognises the body of an article as a CMS or an API returns it: <c>&lt;p&gt;</c>, <c>&lt;div&gt;</c> and
/// <c>&lt;table&gt;</c> without <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c>, possibly after a line of text.
/// </summary>
/// <remarks>
/// Tags are ASCII in every encoding a report comes in (UTF-8, GB18030), so the head's bytes are scanned as they are.
/// It must not take text for markup: a text report that mentions <c>&lt;table&gt;</c> once, or a Markdown file with
/// an inline <c>&lt;br&gt;</c> in its cells, stays text. So a fragment needs its first tag within its first lines,
/// several block tags (a <c>&lt;br&gt;</c> or a <c>&lt;span&gt;</c> alone is what Markdown and prose carry), and a
/// closing tag.
/// </remarks>
internal static class HtmlFragmentSniffer
{
    /// <summary>How many non-blank lines of text may come before the first tag.</summary>
    public const int MaxLinesBeforeFirstTag = 3;

    /// <summary>How many block tags (opening or closing) the head must hold.</summary>
    public const int MinBlockTags = 4;

    // Elements that structure an article's body; inline ones (span, br, font, strong, a, img) count only as markup.
    private static readonly string[] BlockTags =
        ["p", "div", "table", "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "section", "article", "center", "blockquote", "pre"];

    private static readonly string[] InlineTags = ["span", "br", "font", "strong", "b", "a", "img", "em", "i", "u", "sup", "sub", "colgroup", "col", "caption"];

    /// <summary>Whether <paramref name="head"/> (BOM and leading whitespace allowed) is an HTML fragment.</summary>
    public static bool IsFragment(ReadOnlySpan<byte> head)
    {
        var firstTag = -1;
        var blockTags = 0;
        var closingTags = 0;
        for (var i = 0; i < head.Length - 1; i++)
        {
            if (head[i] != (byte)'<' || !TryReadTag(head[(i + 1)..], out var closing, out var block))
            {
                continue;
            }

            if (firstTag < 0)
            {
                firstTag = i;
            }

            blockTags += block ? 1 : 0;
            closingTags += closing ? 1 : 0;
        }

        return firstTag >= 0 && blockTags >= MinBlockTags && closingTags > 0 && LinesBefore(head[..firstTag]) <= MaxLinesBeforeFirstTag;
    }

    // After '<': an optional '/', a known tag name, then '>', '/', or whitespace (attributes).
    private static bool TryReadTag(ReadOnlySpan<byte> rest, out bool closing, out bool block)
    {
        closing = rest.Length > 0 && rest[0] == (byte)'/';
        block = false;
        var start = closing ? 1 : 0;
        var end = start;
        while (end < rest.Length && end - start < 12 && char.IsAsciiLetterOrDigit((char)rest[end]))
        {
            end++;
        }

        if (end == start || end >= rest.Length || rest[end] is not ((byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return false;
        }

        Span<char> name = stackalloc char[end - start];
        for (var k = 0; k < name.Length; k++)
        {
            name[k] = char.ToLowerInvariant((char)rest[start + k]);
        }

        block = Contains(BlockTags, name);
        return block || Contains(InlineTags, name);
    }

    private static bool Contains(string[] names, ReadOnlySpan<char> name)
    {
        foreach (var candidate in names)
        {
            if (name.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // Non-blank lines before the first tag (the part of its own line before it counts as one).
    private static int LinesBefore(ReadOnlySpan<byte> text)
    {
        var lines = 0;
        var blank = true;
        foreach (var b in text)
        {
            if (b == (byte)'\n')
            {
                lines += blank ? 0 : 1;
                blank = true;
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or 0xEF or 0xBB or 0xBF))
            {
                blank = false;
            }
        }

        return lines + (blank ? 0 : 1);
    }
}
