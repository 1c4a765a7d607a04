using System.Text;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Maps text to the characters it looks like, for matching and for the values a report states: Kangxi radicals
/// (<c>⾏</c> U+2F8F → 行), CJK Radicals Supplement characters (<c>⻓</c> → 长), CJK compatibility ideographs
/// (U+F900–U+FAFF, U+2F800–U+2FA1D) and full-width digits and Latin letters (<c>２０２３</c> → 2023). Private-use code
/// points (U+E000–U+F8FF, planes 15–16) have no meaning outside their font: they are counted and left as printed.
/// </summary>
/// <remarks>
/// <para>Why these ranges and not NFKC on whole strings: NFKC also rewrites what reports print on purpose and what
/// matching already expects as printed — <c>①</c> → 1, <c>㈠</c> → (一), <c>…</c> → ..., <c>㎡</c> → m2, superscripts,
/// and the full-width punctuation of Chinese text (<c>，：（）</c> → <c>,:()</c>), which would change every section's
/// text. Only the code points that stand for another character are folded. Kangxi radicals and compatibility
/// ideographs are folded by their own (stable) Unicode decompositions, taken from NFKC one code point at a time;
/// the supplement, which has none, by <see cref="RadicalsSupplement"/>.</para>
/// <para>Every text of every report passes here: a text without a code point in these ranges is returned as is
/// (the same instance) after three vectorised range scans, without allocating.</para>
/// <para>Public for the readers that match text before recognition (the HTML reader's landmarks and title).</para>
/// </remarks>
public static class CodePointFolding
{
    private const int FullWidthOffset = 0xFEE0;

    /// <summary><paramref name="text"/> with the look-alike code points folded; the same instance when nothing changed.</summary>
    public static string Fold(string text) => Fold(text, null);

    /// <summary><paramref name="text"/> with the look-alike code points folded; the same instance when nothing changed.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="tally">Where to count what was folded (and private-use code points left), or <see langword="null"/>.</param>
    /// <param name="source">Where the text is, for the tally's example.</param>
    internal static string Fold(string text, FoldingTally? tally, SourceRef source = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MayFold(text) ? FoldEach(text, tally, source) : text;
    }

    // U+2E80–U+2FDF: radicals supplement and Kangxi radicals; U+D800–U+FAFF: surrogates (compatibility ideographs
    // supplement, planes 15–16), private use, compatibility ideographs; U+FF10–U+FF5A: full-width digits and letters.
    private static bool MayFold(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u2E80', '\u2FDF') || text.ContainsAnyInRange('\uD800', '\uFAFF') || text.ContainsAnyInRange('\uFF10', '\uFF5A');

    private static string FoldEach(string text, FoldingTally? tally, SourceRef source)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var codePoint = width == 2 ? char.ConvertToUtf32(c, text[i + 1]) : c;
            var target = Target(codePoint, out var kind);
            if (kind != FoldingKind.None)
            {
                tally?.Add(kind, codePoint, target, source);
            }

            if (target != 0)
            {
                folded ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                if (target <= char.MaxValue)
                {
                    folded.Append((char)target);
                }
                else
                {
                    folded.Append(char.ConvertFromUtf32(target));
                }
            }
            else
            {
                folded?.Append(text, i, width);
            }

            i += width - 1;
        }

        return folded?.ToString() ?? text;
    }

    // The character codePoint folds to (0: kept as is) and what kind of code point it was (for the tally).
    private static int Target(int codePoint, out FoldingKind kind)
    {
        kind = FoldingKind.None;
        int target;
        switch (codePoint)
        {
            case >= RadicalsSupplement.First and <= RadicalsSupplement.Last:
                target = RadicalsSupplement.IdeographOf(codePoint);
                kind = target != 0 ? FoldingKind.Radical : FoldingKind.None;
                return target;
            case >= Decompositions.KangxiFirst and <= Decompositions.KangxiLast:
                target = Decompositions.Kangxi[codePoint - Decompositions.KangxiFirst];
                kind = target != 0 ? FoldingKind.Radical : FoldingKind.None;
                return target;
            case >= Decompositions.CompatibilityFirst and <= Decompositions.CompatibilityLast:
                target = Decompositions.Compatibility[codePoint - Decompositions.CompatibilityFirst];
                kind = target != 0 ? FoldingKind.CompatibilityIdeograph : FoldingKind.None;
                return target;
            case >= Decompositions.SupplementFirst and <= Decompositions.SupplementLast:
                target = Decompositions.Supplement[codePoint - Decompositions.SupplementFirst];
                kind = target != 0 ? FoldingKind.CompatibilityIdeograph : FoldingKind.None;
                return target;
            case >= 0xFF10 and <= 0xFF19 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A:
                return codePoint - FullWidthOffset; // ordinary typography: folded, not counted
            case >= 0xE000 and <= 0xF8FF or >= 0xF0000 and <= 0x10FFFD:
                kind = FoldingKind.PrivateUse;
                return 0;
            default:
                return 0;
        }
    }

    // The Unicode decompositions of the Kangxi radicals and compatibility ideographs, built once on first use from
    // NFKC of each code point (singleton decompositions, which Unicode's stability policy never changes).
    private static class Decompositions
    {
        public const int KangxiFirst = 0x2F00;
        public const int KangxiLast = 0x2FD5;
        public const int CompatibilityFirst = 0xF900;
        public const int CompatibilityLast = 0xFAFF;
        public const int SupplementFirst = 0x2F800;
        public const int SupplementLast = 0x2FA1D;

        public static readonly int[] Kangxi = Build(KangxiFirst, KangxiLast);
        public static readonly int[] Compatibility = Build(CompatibilityFirst, CompatibilityLast);
        public static readonly int[] Supplement = Build(SupplementFirst, SupplementLast);

        // 0 where a code point has no decomposition: unassigned, or one of the twelve unified ideographs of the
        // compatibility block (U+FA0E 﨎, …), which are characters in their own right.
        private static int[] Build(int first, int last)
        {
            var table = new int[last - first + 1];
            for (var c = first; c <= last; c++)
            {
                var text = char.ConvertFromUtf32(c);
                string normal;
                try
                {
                    normal = text.Normalize(NormalizationForm.FormKC);
                }
                catch (ArgumentException)
                {
                    continue; // an unassigned code point, on platforms that refuse to normalise one
                }

                if (normal != text && normal.Length == (char.IsSurrogate(normal[0]) ? 2 : 1))
                {
                    table[c - first] = char.ConvertToUtf32(normal, 0);
                }
            }

            return table;
        }
    }
}
