namespace Gongkai.Parsing.Text;

/// <summary>Joins the lines of a wrapped cell or paragraph.</summary>
internal static class CellText
{
    /// <summary>
    /// Appends <paramref name="next"/> to <paramref name="text"/>: directly between Chinese characters (a wrapped
    /// label such as 本年新 / 公开数量), with a space between Latin letters or digits.
    /// </summary>
    public static string Join(string text, string next)
    {
        next = next.Trim();
        if (text.Length == 0)
        {
            return next;
        }

        if (next.Length == 0)
        {
            return text;
        }

        return IsLatin(text[^1]) && IsLatin(next[0]) ? text + " " + next : text + next;
    }

    private static bool IsLatin(char c) => c < 0x80 && char.IsLetterOrDigit(c);
}
