using System.IO.Compression;
using System.Text;
using Gongkai.Parsing.Pdf.Decoding;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Parsing.Pdf.Tests.Decoding;

public sealed class DocumentFiltersTests
{
    private static readonly DictionaryToken Dictionary = new(new Dictionary<NameToken, IToken> { [NameToken.Filter] = NameToken.FlateDecode });

    private static byte[] Zlib(string text)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(Encoding.ASCII.GetBytes(text));
        }

        return output.ToArray();
    }

    // PdfPig reads a stream anew each time: the bytes are equal, the array is not.
    private static string Decode(DocumentFilters filters, byte[] encoded) =>
        Encoding.ASCII.GetString(filters.GetNamedFilters([NameToken.FlateDecode])[0].Decode(encoded.ToArray(), Dictionary, filters, 0).Span);

    [Fact]
    public void A_stream_the_budget_inflated_is_handed_on_as_it_was_inflated()
    {
        var filters = new DocumentFilters();
        var encoded = Zlib("BT (a) Tj ET");
        filters.Remember(encoded, Encoding.ASCII.GetBytes("remembered"));

        Assert.Equal("remembered", Decode(filters, encoded));
        Assert.Equal("q Q", Decode(filters, Zlib("q Q")));
    }

    [Fact]
    public void A_skipped_font_program_decodes_to_nothing_unless_a_font_needs_it_whichever_comes_first()
    {
        var filters = new DocumentFilters();
        var (unused, shared, sharedFirst) = (Zlib("program one"), Zlib("program two"), Zlib("program three"));
        filters.Use(unused, FontProgramUse.None);
        filters.Use(shared, FontProgramUse.None);
        filters.Use(shared, FontProgramUse.Whole);
        filters.Use(sharedFirst, FontProgramUse.Whole);
        filters.Use(sharedFirst, FontProgramUse.None);

        Assert.Equal("", Decode(filters, unused));
        Assert.Equal("program two", Decode(filters, shared));
        Assert.Equal("program three", Decode(filters, sharedFirst));
    }

    private const string ClearText = "%!FontType1-1.0: Fictional-Song 001.000\n11 dict begin\n/FontMatrix [0.001 0 0 0.001 0 0]readonly def\ncurrentdict end\ncurrentfile eexec\n";

    private static DictionaryToken Type1Dictionary(int length1) => new(new Dictionary<NameToken, IToken>
    {
        [NameToken.Filter] = NameToken.FlateDecode,
        [NameToken.Create("Length1")] = new NumericToken(length1),
    });

    private static string DecodeType1(DocumentFilters filters, byte[] encoded, int length1) =>
        Encoding.Latin1.GetString(filters.GetNamedFilters([NameToken.FlateDecode])[0].Decode(encoded.ToArray(), Type1Dictionary(length1), filters, 0).Span);

    [Fact]
    public void A_type1_program_whose_outlines_are_not_needed_decodes_to_its_clear_text_ending_at_eexec()
    {
        var program = ClearText + "\u0091\u0083A\t\u00c6$\u00c2<encrypted outlines";
        var encoded = Zlib(program);
        var filters = new DocumentFilters();
        filters.Use(encoded, FontProgramUse.ClearText);

        Assert.Equal(ClearText, DecodeType1(filters, encoded, ClearText.Length));
        Assert.True(filters.DroppedOutlines);
    }

    [Fact]
    public void A_type1_program_is_decoded_whole_when_a_font_needs_it_the_filters_keep_outlines_or_length1_misses_eexec()
    {
        var program = ClearText + "encrypted outlines";
        var encoded = Zlib(program);
        var shared = new DocumentFilters();
        shared.Use(encoded, FontProgramUse.ClearText);
        shared.Use(encoded, FontProgramUse.Whole);
        shared.Use(encoded, FontProgramUse.ClearText);
        var keeping = new DocumentFilters(keepsOutlines: true);
        keeping.Use(encoded, FontProgramUse.ClearText);
        var misplaced = new DocumentFilters();
        misplaced.Use(encoded, FontProgramUse.ClearText);

        Assert.Equal(program, DecodeType1(shared, encoded, ClearText.Length));
        Assert.Equal(program, DecodeType1(keeping, encoded, ClearText.Length));
        Assert.Equal(program, DecodeType1(misplaced, encoded, ClearText.Length - 10));
        Assert.False(shared.DroppedOutlines || keeping.DroppedOutlines || misplaced.DroppedOutlines);
    }
}
