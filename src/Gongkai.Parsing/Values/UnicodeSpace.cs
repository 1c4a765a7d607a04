namespace Gongkai.Parsing.Values;

/// <summary><see cref="char.IsWhiteSpace(char)"/> without the Unicode table lookup for the CJK text every cell holds.</summary>
/// <remarks>
/// Above Latin-1, the white space of <see cref="char.IsWhiteSpace(char)"/> is categories Zs, Zl and Zp: U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 (the ideographic space). Every character of every cell
/// passes through here when labels and figures are compacted (issue #16).
/// </remarks>
internal static class UnicodeSpace
{
    public static bool IsWhiteSpace(char c) =>
        c <= '\u00FF' ? char.IsWhiteSpace(c) : c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
