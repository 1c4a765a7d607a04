using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class RulingExtractorTests
{
    private static List<Ruling> Extract(byte[] pdf, int max = 3000)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        return RulingExtractor.Extract(page, max);
    }

    [Fact]
    public void Takes_stroked_horizontal_and_vertical_lines()
    {
        var rulings = Extract(PdfFiles.Build((page, _, _) =>
        {
            page.DrawLine(new PdfPoint(72, 700), new PdfPoint(300, 700), 0.5);
            page.DrawLine(new PdfPoint(100, 600), new PdfPoint(100, 680), 0.5);
        }));

        Assert.Contains(new Ruling(true, 700, 72, 300), rulings);
        Assert.Contains(new Ruling(false, 100, 600, 680), rulings);
        Assert.Equal(2, rulings.Count);
    }

    [Fact]
    public void Ignores_slanted_and_tiny_strokes()
    {
        var rulings = Extract(PdfFiles.Build((page, _, _) =>
        {
            page.DrawLine(new PdfPoint(72, 700), new PdfPoint(300, 650), 0.5);
            page.DrawLine(new PdfPoint(72, 500), new PdfPoint(73, 500), 0.5);
        }));

        Assert.Empty(rulings);
    }

    [Fact]
    public void Takes_the_four_edges_of_a_stroked_rectangle()
    {
        var rulings = Extract(PdfFiles.Build((page, _, _) => page.DrawRectangle(new PdfPoint(100, 500), 200, 50, 0.5, fill: false)));

        Assert.Equal(2, rulings.Count(r => r.Horizontal));
        Assert.Equal(2, rulings.Count(r => !r.Horizontal));
        Assert.Contains(rulings, r => r.Horizontal && Math.Abs(r.Position - 550) < 0.01 && Math.Abs(r.Start - 100) < 0.01 && Math.Abs(r.End - 300) < 0.01);
        Assert.Contains(rulings, r => !r.Horizontal && Math.Abs(r.Position - 300) < 0.01 && Math.Abs(r.Start - 500) < 0.01 && Math.Abs(r.End - 550) < 0.01);
    }

    [Fact]
    public void Takes_thin_filled_rectangles_as_rules_and_ignores_filled_areas()
    {
        // Fill only (no stroke), the way WPS and LibreOffice draw cell borders.
        var rulings = Extract(PdfFiles.Handmade(0, 595, 842, "100 500 200 1 re f\n100 300 1 150 re f\n350 300 100 100 re f\n"));

        Assert.Equal(2, rulings.Count);
        Assert.Contains(rulings, r => r.Horizontal && Math.Abs(r.Position - 500.5) < 0.01 && Math.Abs(r.Length - 200) < 0.01);
        Assert.Contains(rulings, r => !r.Horizontal && Math.Abs(r.Position - 100.5) < 0.01 && Math.Abs(r.Length - 150) < 0.01);
    }

    [Fact]
    public void Takes_the_edges_of_a_rectangle_that_is_filled_and_stroked()
    {
        var rulings = Extract(PdfFiles.Handmade(0, 595, 842, "350 300 100 100 re B\n"));

        Assert.Equal(4, rulings.Count);
    }

    [Fact]
    public void Stops_at_the_segment_limit()
    {
        var rulings = Extract(
            PdfFiles.Build((page, _, _) =>
            {
                for (var i = 0; i < 50; i++)
                {
                    page.DrawLine(new PdfPoint(72, 100 + i * 10), new PdfPoint(300, 100 + i * 10), 0.5);
                }
            }),
            max: 20);

        Assert.InRange(rulings.Count, 1, 21);
    }
}
