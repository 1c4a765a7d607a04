using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>Splits decoded text into cleaned lines.</summary>
internal static partial class TextLines
{
    /// <summary>Lines of <paramref name="text"/>; a form feed (pdftotext's page break) starts a new page.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>(text.AsSpan().Count('\n') + 2);
        var page = text.Contains('\f', StringComparison.Ordinal) ? 1 : 0;
        var number = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\f'))
            {
                continue;
            }

            number++;
            lines.Add(new TextLine(Clean(text.AsSpan(start, i - start)), number, page));
            if (i < text.Length)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                else if (text[i] == '\f')
                {
                    page++;
                }
            }

            start = i + 1;
        }

        return lines;
    }

    /// <summary>Removes extraction artefacts: <c>[bookmark: …]</c>, zero-width characters, stray BOMs; NBSP becomes a space.</summary>
    public static string Clean(ReadOnlySpan<char> line)
    {
        var needsWork = false;
        foreach (var c in line)
        {
            if (c is '\u00A0' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '[' || char.IsControl(c) && c != '\t')
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return line.ToString();
        }

        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u00A0':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        var cleaned = builder.ToString();
        return cleaned.Contains("[bookmark:", StringComparison.Ordinal) ? BookmarkPattern().Replace(cleaned, "") : cleaned;
    }

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex BookmarkPattern();
}
