namespace Gongkai.Parsing.Recognition;

/// <summary>The numbering at the start of a normalised heading and the title after it.</summary>
/// <param name="Number">1–9 from 一、/1、/1./(一)/第一部分, or null when unnumbered.</param>
/// <param name="Parenthesized">Whether the numbering was in parentheses, the usual style of subsections.</param>
/// <param name="Title">The text after the numbering.</param>
internal readonly record struct HeadingNumbering(int? Number, bool Parenthesized, string Title)
{
    public static HeadingNumbering Parse(string normalized)
    {
        var text = normalized.TrimStart('#');
        if (text.Length >= 2 && ChineseNumbers.Digit(text[0]) is { } n && n > 0 && text[1] is '、' or '.' or ',' or ':')
        {
            return new HeadingNumbering(n, false, text[2..]);
        }

        if (text.Length >= 3 && text[0] == '(' && text[2] == ')' && ChineseNumbers.Digit(text[1]) is { } p && p > 0)
        {
            return new HeadingNumbering(p, true, text[3..]);
        }

        if (text.Length >= 4 && text[0] == '第' && text[2..4] is "部分" && ChineseNumbers.Digit(text[1]) is { } part && part > 0)
        {
            return new HeadingNumbering(part, false, text[4..].TrimStart(':', '、'));
        }

        return new HeadingNumbering(null, false, text);
    }
}
