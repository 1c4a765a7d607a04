using Gongkai.Parsing.Pdf.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

/// <summary><c>PageLayout.BoxReadsInk</c>: the letters whose box would change without glyph outlines.</summary>
public sealed class LetterInkTests
{
    private static readonly FontDetails Font = new("Fictional-Song", false, 400, false);

    private static Letter Letter(string value, PdfPoint start, PdfPoint end, double pointSize = 12)
    {
        var ink = new PdfRectangle(start.X, start.Y, start.X + 10, start.Y + 10);
        return new Letter(value, ink, ink, start, end, end.X - start.X, 12, Font, TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, pointSize, 0);
    }

    [Fact]
    public void A_letter_with_an_upright_or_quarter_turned_advance_and_a_size_does_not_read_its_ink()
    {
        Assert.False(PageLayout.BoxReadsInk(Letter("中", new PdfPoint(72, 700), new PdfPoint(84, 700))));
        Assert.False(PageLayout.BoxReadsInk(Letter("中", new PdfPoint(72, 700), new PdfPoint(72, 688))));
    }

    [Fact]
    public void A_visible_letter_without_advance_or_size_or_turned_at_an_angle_reads_its_ink()
    {
        Assert.True(PageLayout.BoxReadsInk(Letter("中", new PdfPoint(72, 700), new PdfPoint(72, 700))));
        Assert.True(PageLayout.BoxReadsInk(Letter("中", new PdfPoint(72, 700), new PdfPoint(84, 700), pointSize: 0)));
        Assert.True(PageLayout.BoxReadsInk(Letter("中", new PdfPoint(72, 700), new PdfPoint(80, 708))));
    }

    [Fact]
    public void A_blank_letter_never_reads_its_ink_since_the_layout_drops_it()
    {
        Assert.False(PageLayout.BoxReadsInk(Letter(" ", new PdfPoint(72, 700), new PdfPoint(72, 700))));
    }
}
