using System.Text;

namespace Gongkai.Reporting.Letters;

/// <summary>Text going into a letter: values cleaned of what XML cannot hold, excerpts for messages.</summary>
internal static class LetterText
{
    /// <summary>
    /// <paramref name="value"/> with line ends made <c>\n</c> (each a line break in the letter) and the control
    /// characters XML 1.0 forbids removed — a value pasted from another program must not corrupt the document.
    /// </summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length);
        var source = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                text.Append(c).Append(source[++i]);
            }
            else if (c == '\n' || (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                text.Append(c);
            }
            else if (c == '\t')
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>The start of <paramref name="text"/>, at most 30 characters, for a message.</summary>
    public static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "……";
}
