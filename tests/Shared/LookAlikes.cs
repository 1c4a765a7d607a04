using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Testing;

/// <summary>
/// Disguises text the way many CJK PDFs (and Word files pasted from them) carry it: each character that has a
/// look-alike code point is written with it — a Kangxi radical (行 → ⾏ U+2F8F, 一 → ⼀), a CJK Radicals Supplement
/// character (长 → ⻓, 门 → ⻔), else a compatibility ideograph (年 → U+F98E) — and digits full-width (2021 →
/// ２０２１). Built independently of the parser's folding: Kangxi radicals and compatibility ideographs from .NET's
/// NFKC, the supplement from a few pairs written out here.
/// </summary>
internal static partial class LookAlikes
{
    // CJK Radicals Supplement → the ideograph (Unicode's EquivalentUnifiedIdeograph.txt), the simplified forms PDFs use.
    private static readonly (char Radical, char Ideograph)[] Supplement =
    [
        ('⻓', '长'), ('⻔', '门'), ('⻋', '车'), ('⻛', '风'), ('⻜', '飞'), ('⻢', '马'), ('⻅', '见'), ('⻉', '贝'), ('⻚', '页'), ('⻘', '青'), ('⻬', '齐'), ('⻄', '西'),
    ];

    private static readonly Dictionary<char, string> Disguises = Build();

    /// <summary><paramref name="text"/> with every character that has a look-alike written with it.</summary>
    public static string Disguise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(Disguises.TryGetValue(c, out var disguise) ? disguise : c.ToString());
        }

        return result.ToString();
    }

    /// <summary>Markup text (XML or HTML) disguised, its character references (<c>&amp;#10;</c>, <c>&amp;nbsp;</c>) kept.</summary>
    public static string DisguiseMarkupText(string text) =>
        CharacterReference().Replace(text, m => m.Groups[1].Value + Disguise(m.Groups[2].Value));

    /// <summary>The text nodes of markup (between <c>&gt;</c> and <c>&lt;</c>) disguised; tags, attributes and character references kept.</summary>
    public static string DisguiseMarkup(string markup)
    {
        var result = new StringBuilder(markup.Length);
        var inTag = false;
        var text = new StringBuilder();
        foreach (var c in markup)
        {
            if (!inTag && c == '<')
            {
                result.Append(DisguiseMarkupText(text.ToString()));
                text.Clear();
                inTag = true;
            }

            if (inTag)
            {
                result.Append(c);
                inTag = c != '>';
            }
            else
            {
                text.Append(c);
            }
        }

        return result.Append(DisguiseMarkupText(text.ToString())).ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds a Kangxi radical or a radicals-supplement character.</summary>
    public static bool HasRadical(string text) => text.Any(c => c is >= '\u2E80' and <= '\u2FDF');

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        for (var c = '0'; c <= '9'; c++)
        {
            map[c] = ((char)(c + 0xFEE0)).ToString();
        }

        foreach (var (radical, ideograph) in Supplement)
        {
            map[ideograph] = radical.ToString();
        }

        for (var radical = 0x2F00; radical <= 0x2FD5; radical++)
        {
            AddDecomposable(map, ((char)radical).ToString());
        }

        for (var compatibility = 0xF900; compatibility <= 0xFAD9; compatibility++)
        {
            AddDecomposable(map, ((char)compatibility).ToString());
        }

        return map;
    }

    // The first look-alike of a character wins (Kangxi radicals come before compatibility ideographs).
    private static void AddDecomposable(Dictionary<char, string> map, string lookAlike)
    {
        var ideograph = lookAlike.Normalize(NormalizationForm.FormKC);
        if (ideograph.Length == 1 && ideograph != lookAlike)
        {
            map.TryAdd(ideograph[0], lookAlike);
        }
    }

    // A character reference, then the text up to the next one.
    [GeneratedRegex("(&#?\\w{1,10};)?([^&]*)")]
    private static partial Regex CharacterReference();
}
