using System.Text;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>The bits of Markdown that reports pasted as Markdown use: headings, pipe tables, emphasis, escapes.</summary>
internal static class MarkdownSyntax
{
    /// <summary>1–6 for an ATX heading (<c>## 二、…</c>), else 0.</summary>
    public static int HeadingLevel(string line)
    {
        var i = 0;
        while (i < line.Length && i < 7 && line[i] == '#')
        {
            i++;
        }

        return i is > 0 and <= 6 && i < line.Length && line[i] is ' ' or '\t' ? i : 0;
    }

    /// <summary>Whether the line is a pipe-table row: <c>| a | b |</c>.</summary>
    public static bool IsPipeRow(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length >= 3 && trimmed[0] == '|' && trimmed[^1] == '|';
    }

    /// <summary>Whether the pipe row is the delimiter row under a table header: <c>|---|:---:|</c>.</summary>
    public static bool IsDelimiterRow(string line)
    {
        var sawDash = false;
        foreach (var c in line)
        {
            if (c == '-')
            {
                sawDash = true;
            }
            else if (c is not ('|' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return sawDash;
    }

    /// <summary>The cells of a pipe row (outer pipes removed; <c>\|</c> kept as a pipe).</summary>
    public static List<string> SplitPipeRow(string line)
    {
        var inner = line.AsSpan().Trim()[1..^1];
        var cells = new List<string>();
        if (!inner.Contains('\\'))
        {
            // The common row, without escapes: each cell is a slice (every table row of every text report comes here).
            foreach (var range in inner.Split('|'))
            {
                cells.Add(new string(inner[range]));
            }

            return cells;
        }

        var cell = new StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (inner[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(inner[i]);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>
    /// Removes emphasis markers and backslash escapes, and decodes the entities <c>&amp;lt;</c> <c>&amp;gt;</c>
    /// <c>&amp;amp;</c> (as the Markdown writer escapes HTML): <c>**总计**</c> becomes <c>总计</c>.
    /// </summary>
    public static string StripInline(string text)
    {
        if (text.IndexOfAny(['*', '\\', '_', '`', '&']) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                builder.Append(text[++i]);
            }
            else if (c == '&' && Entity(text.AsSpan(i)) is { } entity)
            {
                builder.Append(entity.Character);
                i += entity.Length - 1;
            }
            else if (c is '*' or '`' || (c == '_' && i + 1 < text.Length && text[i + 1] == '_'))
            {
                if (c == '_')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // The three entities that escape HTML; any other & is text.
    private static (char Character, int Length)? Entity(ReadOnlySpan<char> text) =>
        text.StartsWith("&lt;", StringComparison.Ordinal) ? ('<', 4)
        : text.StartsWith("&gt;", StringComparison.Ordinal) ? ('>', 4)
        : text.StartsWith("&amp;", StringComparison.Ordinal) ? ('&', 5)
        : null;

    // CommonMark: a backslash escapes any ASCII punctuation (` and ^ are symbols to .NET); full-width punctuation too.
    private static bool IsEscapable(char c) => char.IsPunctuation(c) || (char.IsAscii(c) && char.IsSymbol(c));
}
