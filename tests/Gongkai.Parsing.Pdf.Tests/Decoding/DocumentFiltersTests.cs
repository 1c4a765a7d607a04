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
        filters.Skip(unused);
        filters.Skip(shared);
        filters.Keep(shared);
        filters.Keep(sharedFirst);
        filters.Skip(sharedFirst);

        Assert.Equal("", Decode(filters, unused));
        Assert.Equal("program two", Decode(filters, shared));
        Assert.Equal("program three", Decode(filters, sharedFirst));
    }
}
