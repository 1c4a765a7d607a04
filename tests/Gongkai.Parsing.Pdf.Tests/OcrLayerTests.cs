using Gongkai.Core.Comparison;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pdf.Tests.Support;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Parsing.Pdf.Tests;

/// <summary>A scanned PDF with an OCR text layer: page images with invisible text (rendering mode 3) over them.</summary>
public sealed class OcrLayerTests
{
    // A 1×1 grey PNG, stretched over the page as its "scan".
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    [Fact]
    public void Reads_the_invisible_text_says_it_comes_from_ocr_and_flags_misread_digits_without_changing_them()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            page.AddPng(Convert.FromBase64String(OnePixelPng), new PdfRectangle(0, 0, 595, 842));
            page.SetTextRenderingMode(TextRenderingMode.Neither);
            page.AddText("Requests received l2 in the year", 12, new PdfPoint(72, 760), font);
            (string Label, string Value, double Y)[] rows = [("Rules", "l2", 700), ("Fees", "O", 680), ("Appeals", "7", 660)];
            foreach (var (label, value, y) in rows)
            {
                page.AddText(label, 10, new PdfPoint(72, y), font);
                page.AddText(value, 10, new PdfPoint(300, y), font);
            }
        });

        var document = PdfFiles.Read(pdf, "scan.pdf");

        Assert.Equal(["P Requests received l2 in the year", "T Rules|l2 / Fees|O / Appeals|7"], PdfFiles.Describe(document));
        var layer = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.OcrTextLayer);
        Assert.Equal(Severity.Info, layer.Severity);
        Assert.Contains("OCR", layer.Message, StringComparison.Ordinal);
        var flagged = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.OcrSuspectValue).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.Contains("“l2”", flagged[0].Message, StringComparison.Ordinal);
        Assert.Contains("“O”", flagged[1].Message, StringComparison.Ordinal);
        Assert.All(flagged, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(new[] { 2, 2 }, flagged.Select(d => d.Source.Cell));
        Assert.True(flagged[0].Source.Line < flagged[1].Source.Line);
    }

    [Fact]
    public void Visible_text_over_a_picture_is_no_ocr_layer()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            page.AddPng(Convert.FromBase64String(OnePixelPng), new PdfRectangle(72, 600, 200, 700));
            page.AddText("Rules l2", 10, new PdfPoint(72, 500), font);
        });

        Assert.Empty(PdfFiles.Read(pdf).Diagnostics);
    }

    [Theory]
    [InlineData("l2", "l2")]
    [InlineData("1O5", "1O5")]
    [InlineData("3S", "3S")]
    [InlineData("O", "O")]
    [InlineData("12", null)]
    [InlineData("ISO", null)]
    [InlineData("Rules", null)]
    [InlineData("0", null)]
    public void A_value_looks_misread_when_letters_like_digits_sit_among_its_digits(string text, string? suspect) =>
        Assert.Equal(suspect, OcrLayer.Suspect(text));

    [PopplerFact]
    public void A_fixture_printed_as_a_scan_with_an_ocr_layer_reads_to_its_truth()
    {
        const string Name = "s01-docx-2021-clean-pdf.pdf";
        var path = Path.Combine(ReaderFixtures.Raw, Name);
        using var original = PdfDocument.Open(File.ReadAllBytes(path));
        using var builder = new PdfDocumentBuilder();
        for (var number = 1; number <= original.NumberOfPages; number++)
        {
            var size = original.GetPage(number);
            var page = builder.AddPage(original, number);
            page.NewContentStreamBefore();
            page.AddPng(Poppler.Render(path, number, 30), new PdfRectangle(0, 0, size.Width, size.Height));
            page.SetTextRenderingMode(TextRenderingMode.Neither);
        }

        var scan = builder.Build();
        var result = new ReportPipelineBuilder().UsePdf().Build().Parse(scan, "scan.pdf");

        Assert.True(result.Succeeded, result.Failure);
        var truth = ReportJsonReader.Read(File.ReadAllText(Path.Combine(ReaderFixtures.Truth, "s01-docx-2021-clean-pdf.json")));
        Assert.Empty(ReportComparer.Compare(truth, result.Report).Where(c => !c.IsMatch).Select(c => c.Path));
        Assert.Contains(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.OcrTextLayer);
    }
}
