using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Parsing.Pdf.Decoding;

/// <summary>
/// The embedded font programs whose reading changes nothing the layout uses: the TrueType programs (FontFile2) of
/// composite fonts (Type0 over a CIDFontType2) written horizontally (a CMap named <c>…-H</c>, such as Identity-H,
/// which Word and WPS use for all CJK text).
/// </summary>
/// <remarks>
/// For such a font PdfPig takes each glyph's text from ToUnicode (or the CMap's character collection) and its
/// advance from the font's <c>/W</c> widths, never from the program (ISO 32000-1, 9.7.4.3: the widths in the CIDFont
/// dictionary are the ones used). The program gives only the glyph's ink box, which the layout does not read for
/// upright or quarter-turned text (its boxes come from the baseline and the font size, <c>PageLayout</c>), and the
/// vertical position of glyphs written top to bottom, which is why vertical CMaps (…-V) keep theirs (and a program
/// shared with such a font is kept for both).
/// </remarks>
internal static class UnusedFontPrograms
{
    private static readonly NameToken FontKey = NameToken.Create("Font");
    private static readonly NameToken SubtypeKey = NameToken.Create("Subtype");
    private static readonly NameToken EncodingKey = NameToken.Create("Encoding");
    private static readonly NameToken DescendantFontsKey = NameToken.Create("DescendantFonts");
    private static readonly NameToken FontDescriptorKey = NameToken.Create("FontDescriptor");
    private static readonly NameToken[] FontFileKeys = [NameToken.Create("FontFile"), NameToken.Create("FontFile2"), NameToken.Create("FontFile3")];

    /// <summary>
    /// Every embedded font program of the fonts in <paramref name="resources"/>, and whether its font needs it: only
    /// the FontFile2 of a horizontal Type0 font over a CIDFontType2 does not. A font object in <paramref name="seen"/>
    /// is passed over (pages share their fonts), and added.
    /// </summary>
    public static IEnumerable<(StreamToken Program, bool Needed)> In(DictionaryToken? resources, Func<IToken?, IToken?> resolve, HashSet<IndirectReference> seen)
    {
        if (resolve(Get(resources, FontKey)) is not DictionaryToken fonts)
        {
            yield break;
        }

        foreach (var token in fonts.Data.Values)
        {
            if (token is IndirectReferenceToken reference && !seen.Add(reference.Data) || resolve(token) is not DictionaryToken font)
            {
                continue;
            }

            var type0 = resolve(Get(font, SubtypeKey)) is NameToken { Data: "Type0" };
            var horizontal = resolve(Get(font, EncodingKey)) is NameToken encoding && encoding.Data.EndsWith("-H", StringComparison.Ordinal);
            var descendants = type0 && resolve(Get(font, DescendantFontsKey)) is ArrayToken array ? array.Data.Select(resolve).OfType<DictionaryToken>().ToList() : [font];
            foreach (var described in descendants)
            {
                var cidTrueType = type0 && horizontal && descendants.Count == 1 && resolve(Get(described, SubtypeKey)) is NameToken { Data: "CIDFontType2" };
                if (resolve(Get(described, FontDescriptorKey)) is not DictionaryToken descriptor)
                {
                    continue;
                }

                for (var k = 0; k < FontFileKeys.Length; k++)
                {
                    if (resolve(Get(descriptor, FontFileKeys[k])) is StreamToken program)
                    {
                        yield return (program, !(cidTrueType && k == 1));
                    }
                }
            }
        }
    }

    private static IToken? Get(DictionaryToken? dictionary, NameToken key) =>
        dictionary is not null && dictionary.TryGet(key, out var value) ? value : null;
}
