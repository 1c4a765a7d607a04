using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;

namespace Gongkai.Parsing.Pdf.Tests;

public sealed class PdfPipelineExtensionsTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UsePdf().Build();

    public static TheoryData<string> Documents() => ReaderFixtures.WithTruth(".pdf");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parses_each_fixture_pdf_to_its_truth(string name) => ReaderFixtures.AssertParsesToTruth(Pipeline, name);

    // A Word file written with look-alike code points, printed to PDF by LibreOffice: the PDF's text layer keeps them.
    [LibreOfficeFact]
    public void Parses_a_pdf_printed_with_look_alike_code_points_to_its_truth()
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-lookalike-").FullName;
        try
        {
            foreach (var name in new[] { "s01-docx-2021-clean.docx", "s04-pdf-2019-spaces.docx" })
            {
                var docx = Path.Combine(folder, name);
                File.WriteAllBytes(docx, LookAlikeFixtures.Docx(name));
                LibreOffice.Convert(docx, "pdf", folder);
                var pdf = File.ReadAllBytes(Path.ChangeExtension(docx, ".pdf"));

                var report = LookAlikeFixtures.AssertParsesToTruth(Pipeline, pdf, Path.ChangeExtension(name, ".pdf"), name);

                Assert.Contains(Pipeline.ReadDocument(pdf, name).Blocks, b => b is SourceParagraph p && LookAlikes.HasRadical(p.Text));
                Assert.DoesNotContain(report.Sections, s => LookAlikes.HasRadical(s.Heading));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("scanned.pdf", "OCR")]
    [InlineData("encrypted.pdf", "加密")]
    public void Reports_an_unusable_pdf_as_a_failure_saying_why(string name, string reason)
    {
        var result = Pipeline.Parse(File.ReadAllBytes(Path.Combine(ReaderFixtures.Bad, name)), name);

        Assert.False(result.Succeeded);
        Assert.StartsWith(name + "：", result.Failure, StringComparison.Ordinal);
        Assert.Contains(reason, result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_limits_it_is_given()
    {
        var pipeline = new ReportPipelineBuilder().UsePdf(new PdfReaderLimits { MaxPages = 1 }).Build();

        var result = pipeline.Parse(File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s01-docx-2021-clean-pdf.pdf")), "limited.pdf");

        Assert.False(result.Succeeded);
        Assert.StartsWith("limited.pdf：", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_layout_steps_it_is_given()
    {
        var path = Path.Combine(ReaderFixtures.Raw, "s01-docx-2021-clean-pdf.pdf");
        var layout = PdfLayoutPipeline.Default with { Tables = new NoTables() };

        var usual = Pipeline.ReadDocument(path);
        var untabled = new ReportPipelineBuilder().UsePdf(layout: layout).Build().ReadDocument(path);

        Assert.Contains(usual.Blocks, b => b is SourceTable { IsGrid: true });
        Assert.DoesNotContain(untabled.Blocks, b => b is SourceTable { IsGrid: true });
    }

    [Fact]
    public void Never_throws_for_damaged_pdfs()
    {
        var random = new Random(20221231);
        var original = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s03-pdf-2021-government-pdf.pdf"));
        for (var round = 0; round < 12; round++)
        {
            var damaged = (byte[])original.Clone();
            for (var i = 0; i < 1 + round * 20; i++)
            {
                damaged[random.Next(9, damaged.Length)] = (byte)random.Next(256);
            }

            var result = Pipeline.Parse(damaged.AsMemory(0, random.Next(damaged.Length / 4, damaged.Length)), "damaged.pdf");

            ReaderFixtures.AssertReadOrRefusedInChinese(result, "damaged.pdf");
        }
    }

    // A strategy that finds no tables, to see the one given is the one used.
    private sealed class NoTables : ITableStrategy
    {
        public PageTables Find(PageContent page, ILineBuilder lines) => new([], page.Glyphs);
    }
}
