using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TemplateVersion = Gongkai.Core.Model.TemplateVersion;
using Gongkai.Reporting.Docx;
using Gongkai.Reporting.Tests.Support;

namespace Gongkai.Reporting.Tests.Docx;

/// <summary>The Word file's format (GB/T 9704), read back with the Open XML SDK.</summary>
public sealed class DocxReportWriterFormatTests
{
    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void The_document_is_valid_Office_Open_XML(TemplateVersion template)
    {
        using var document = Written(template);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Every_font_used_is_declared_with_its_character_set_and_Chinese_fonts_with_an_alternative()
    {
        using var document = Written(TemplateVersion.V2021);
        var main = document.MainDocumentPart!;
        var declared = main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        var used = main.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>()
            .SelectMany(f => new[] { f.Ascii?.Value, f.HighAnsi?.Value, f.EastAsia?.Value })
            .OfType<string>().ToHashSet();

        Assert.Equal(["Times New Roman", "仿宋_GB2312", "宋体", "方正小标宋简体", "黑体"], used.Order(StringComparer.Ordinal));
        Assert.All(used, name => Assert.Contains(name, declared.Keys));
        Assert.All(declared.Values.Where(f => f.Name!.Value!.Any(c => c > 0x2E80)), f =>
        {
            Assert.Equal("86", f.FontCharSet!.Val!.Value); // GB2312
            Assert.False(string.IsNullOrEmpty(f.AltName?.Val?.Value));
            Assert.Equal(20, f.Panose1Number!.Val!.Value!.Length);
        });
    }

    [Fact]
    public void The_page_is_A4_portrait_with_the_margins_of_GB_T_9704_and_page_numbers_on_both_sides()
    {
        using var document = Written(TemplateVersion.V2021);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value)); // 210 mm × 297 mm
        Assert.Equal((2098, 1588), (margin.Top!.Value, (int)margin.Left!.Value)); // 37 mm, 28 mm
        Assert.Equal(8844u, 11906u - margin.Left!.Value - margin.Right!.Value); // type area 156 mm
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var footers = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => (FooterPart)main.GetPartById(r.Id!.Value!));
        Assert.Equal(JustificationValues.Right, footers[HeaderFooterValues.Default].Footer!.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Left, footers[HeaderFooterValues.Even].Footer!.Descendants<Justification>().Single().Val!.Value);
        Assert.All(footers.Values, f =>
        {
            Assert.Equal("— 1 —", f.Footer!.InnerText);
            Assert.Equal(" PAGE ", f.Footer.Descendants<SimpleField>().Single().Instruction!.Value);
        });
    }

    [Fact]
    public void The_title_is_set_on_two_lines_and_the_headings_are_outline_headings()
    {
        var source = SampleReports.Document(TemplateVersion.V2021);
        using var document = Written(TemplateVersion.V2021);
        var body = document.MainDocumentPart!.Document!.Body!;
        var title = body.Elements<Paragraph>().First();

        Assert.Equal(DocxStyles.Title, title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Single(title.Descendants<Break>());
        Assert.Equal(source.Title, title.InnerText);
        Assert.Equal(source.Parts.Select(p => p.Heading), body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxStyles.Heading).Select(p => p.InnerText));
    }

    [Fact]
    public void Rows_never_split_table_three_repeats_its_header_and_table_four_stays_on_one_page()
    {
        using var document = Written(TemplateVersion.V2021);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var (proactive, requests, appeals) = (tables[0], tables[1], tables[2]);

        Assert.All(tables.SelectMany(t => t.Elements<TableRow>()), row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal([0, 3, 3], tables.Select(t => t.Elements<TableRow>().Count(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null)));
        var appealRows = appeals.Elements<TableRow>().ToList();
        Assert.All(appealRows.SkipLast(1), row => Assert.All(row.Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties!.KeepNext)));
        Assert.Equal("TableTextSmall", requests.Descendants<ParagraphStyleId>().First().Val!.Value);
        Assert.Equal("TableText", proactive.Descendants<ParagraphStyleId>().First().Val!.Value);
    }

    private static WordprocessingDocument Written(TemplateVersion template)
    {
        var stream = new MemoryStream();
        DocxReportWriter.Write(SampleReports.Document(template), stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }
}
