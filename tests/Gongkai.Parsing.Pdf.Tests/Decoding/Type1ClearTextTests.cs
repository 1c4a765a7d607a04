using Gongkai.Parsing.Pdf.Bounds;
using Gongkai.Parsing.Pdf.Decoding;
using Gongkai.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Gongkai.Parsing.Pdf.Tests.Decoding;

/// <summary>
/// The LibreOffice fixtures embed their CJK text in simple Type 1 fonts: read without the outlines, every letter
/// keeps what the layout reads of it, and only the ink box changes.
/// </summary>
public sealed class Type1ClearTextTests
{
    private static List<Letter> Letters(string file, DocumentFilters filters)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(file), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = filters });
        PdfContentBudget.Check(document, PdfReaderLimits.Default, Path.GetFileName(file), CancellationToken.None, filters);
        return [.. document.GetPages().SelectMany(p => p.Letters)];
    }

    [Fact]
    public void A_LibreOffice_fixture_read_without_type1_outlines_has_the_same_letters_but_for_their_ink()
    {
        var file = Path.Combine(ReaderFixtures.Raw, "s03-pdf-2021-government-pdf.pdf");
        var clear = new DocumentFilters();
        var without = Letters(file, clear);
        var with = Letters(file, new DocumentFilters(keepsOutlines: true));

        Assert.True(clear.DroppedOutlines);
        Assert.Equal(with.Count, without.Count);
        Assert.Contains(with.Zip(without), p => p.First.BoundingBox != p.Second.BoundingBox);
        Assert.All(with.Zip(without), p =>
        {
            Assert.Equal(p.First.Value, p.Second.Value);
            Assert.Equal((p.First.StartBaseLine, p.First.EndBaseLine, p.First.PointSize), (p.Second.StartBaseLine, p.Second.EndBaseLine, p.Second.PointSize));
            Assert.Equal((p.First.TextOrientation, p.First.RenderingMode, p.First.FontName), (p.Second.TextOrientation, p.Second.RenderingMode, p.Second.FontName));
        });
    }
}
