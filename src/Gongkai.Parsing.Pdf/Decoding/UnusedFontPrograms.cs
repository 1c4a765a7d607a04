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
/// vertical position of glyphs written top to bottom, which is why vertical CMaps (…-V) keep theirs.
/// </remarks>
internal static class UnusedFontPrograms
{
    private static readonly NameToken FontKey = NameToken.Create("Font");
    private static readonly NameToken SubtypeKey = NameToken.Create("Subtype");
    private static readonly NameToken EncodingKey = NameToken.Create("Encoding");
    private static readonly NameToken DescendantFontsKey = NameToken.Create("DescendantFonts");
    private static readonly NameToken FontDescriptorKey = NameToken.Create("FontDescriptor");
    private static readonly NameToken FontFile2Key = NameToken.Create("FontFile2");

    /// <summary>The FontFile2 streams (their dictionaries) of the fonts in <paramref name="resources"/> that need no program.</summary>
    public static IEnumerable<DictionaryToken> In(DictionaryToken? resources, Func<IToken?, IToken?> resolve)
    {
        if (resolve(Get(resources, FontKey)) is not DictionaryToken fonts)
        {
            yield break;
        }

        foreach (var font in fonts.Data.Values)
        {
            if (resolve(font) is DictionaryToken type0 && resolve(Get(type0, SubtypeKey)) is NameToken { Data: "Type0" } &&
                resolve(Get(type0, EncodingKey)) is NameToken encoding && encoding.Data.EndsWith("-H", StringComparison.Ordinal) &&
                resolve(Get(type0, DescendantFontsKey)) is ArrayToken { Data.Count: 1 } descendants &&
                resolve(descendants.Data[0]) is DictionaryToken cidFont && resolve(Get(cidFont, SubtypeKey)) is NameToken { Data: "CIDFontType2" } &&
                resolve(Get(cidFont, FontDescriptorKey)) is DictionaryToken descriptor &&
                resolve(Get(descriptor, FontFile2Key)) is StreamToken program)
            {
                yield return program.StreamDictionary;
            }
        }
    }

    private static IToken? Get(DictionaryToken? dictionary, NameToken key) =>
        dictionary is not null && dictionary.TryGet(key, out var value) ? value : null;
}
