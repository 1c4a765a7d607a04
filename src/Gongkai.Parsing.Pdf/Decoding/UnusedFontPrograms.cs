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
/// <para>
/// A simple Type 1 font (LibreOffice's CJK subsets) with its <c>/Widths</c> for every code from <c>/FirstChar</c>
/// to <c>/LastChar</c> likewise takes its advances from them, but its encoding and font matrix from the program's
/// clear text, which is kept (<see cref="FontProgramUse.ClearText"/>); without the outlines a glyph's ink box is its
/// advance. A letter whose box the layout takes from its ink (<c>PageLayout.BoxReadsInk</c>) has the document read
/// again with outlines.
/// </para>
/// </remarks>
internal static class UnusedFontPrograms
{
    private static readonly NameToken FontKey = NameToken.Create("Font");
    private static readonly NameToken SubtypeKey = NameToken.Create("Subtype");
    private static readonly NameToken EncodingKey = NameToken.Create("Encoding");
    private static readonly NameToken DescendantFontsKey = NameToken.Create("DescendantFonts");
    private static readonly NameToken FontDescriptorKey = NameToken.Create("FontDescriptor");
    private static readonly NameToken FirstCharKey = NameToken.Create("FirstChar");
    private static readonly NameToken LastCharKey = NameToken.Create("LastChar");
    private static readonly NameToken WidthsKey = NameToken.Create("Widths");
    private static readonly NameToken[] FontFileKeys = [NameToken.Create("FontFile"), NameToken.Create("FontFile2"), NameToken.Create("FontFile3")];

    /// <summary>
    /// Every embedded font program of the fonts in <paramref name="resources"/>, and how much of it its font needs:
    /// nothing for the FontFile2 of a horizontal Type0 font over a CIDFontType2, the clear text for the FontFile of a
    /// simple Type 1 font with all its widths, all of it otherwise. A font object in <paramref name="seen"/> is passed
    /// over (pages share their fonts), and added.
    /// </summary>
    public static IEnumerable<(StreamToken Program, FontProgramUse Use)> In(DictionaryToken? resources, Func<IToken?, IToken?> resolve, HashSet<IndirectReference> seen)
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
                var type1 = !type0 && resolve(Get(font, SubtypeKey)) is NameToken { Data: "Type1" } && HasAllWidths(font, resolve);
                if (resolve(Get(described, FontDescriptorKey)) is not DictionaryToken descriptor)
                {
                    continue;
                }

                for (var k = 0; k < FontFileKeys.Length; k++)
                {
                    if (resolve(Get(descriptor, FontFileKeys[k])) is StreamToken program)
                    {
                        yield return (program, cidTrueType && k == 1 ? FontProgramUse.None : type1 && k == 0 ? FontProgramUse.ClearText : FontProgramUse.Whole);
                    }
                }
            }
        }
    }

    // A width for every code PdfPig looks up in the font (FirstChar to LastChar), where without outlines it takes
    // the ink box from the width too; a short array is read from the outlines, as before.
    private static bool HasAllWidths(DictionaryToken font, Func<IToken?, IToken?> resolve) =>
        Get(font, FirstCharKey) is NumericToken first && Get(font, LastCharKey) is NumericToken last &&
        resolve(Get(font, WidthsKey)) is ArrayToken widths && last.Int >= first.Int && widths.Length >= last.Int - first.Int + 1;

    private static IToken? Get(DictionaryToken? dictionary, NameToken key) =>
        dictionary is not null && dictionary.TryGet(key, out var value) ? value : null;
}
