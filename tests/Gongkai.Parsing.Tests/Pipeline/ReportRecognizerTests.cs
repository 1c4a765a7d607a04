using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Pipeline;

public sealed class ReportRecognizerTests
{
    [Fact]
    public void Reads_the_metadata_of_a_2019_docx_report()
    {
        var report = TestText.Report(Reports.Docx2019, "wutong.txt");

        Assert.Equal("梧桐市档案局", report.Agency);
        Assert.Equal(2020, report.Year);
        Assert.Equal(TemplateVersion.V2019, report.Template);
        Assert.Equal(new DateOnly(2021, 1, 20), report.PublishedOn);
        Assert.Equal("docx-text", report.Input?.Format);
        Assert.Equal("utf-8", report.Input?.Encoding);
        Assert.Equal("wutong.txt", report.Input?.File);
        Assert.Matches("^[0-9a-f]{64}$", report.Input?.Sha256);
    }

    [Fact]
    public void Reads_the_metadata_of_a_2021_pdf_report()
    {
        var report = TestText.Report(Reports.Pdf2021);

        Assert.Equal("棠梨县水务局", report.Agency);
        Assert.Equal(2021, report.Year);
        Assert.Equal(TemplateVersion.V2021, report.Template);
        Assert.Equal(new DateOnly(2022, 1, 25), report.PublishedOn);
        Assert.Equal("pdf-text", report.Input?.Format);
    }

    [Fact]
    public void Reads_all_three_tables_of_both_reports_completely()
    {
        foreach (var text in new[] { Reports.Docx2019, Reports.Pdf2021 })
        {
            var report = TestText.Report(text);

            Assert.All(new[] { report.Proactive, report.Requests, report.Appeals }, table =>
            {
                Assert.NotNull(table);
                Assert.False(table.Incomplete, $"{table.Kind} incomplete");
            });
        }
    }

    [Fact]
    public void Finds_the_six_sections_with_their_text_but_not_the_signature()
    {
        var report = TestText.Report(Reports.Docx2019);

        Assert.Equal(Enum.GetValues<SectionKind>(), report.Sections.Select(s => s.Kind));
        Assert.Equal("2020年，本局共受理政府信息公开申请13件，均在法定期限内答复。", report.Section(SectionKind.Overview)?.Text);
        Assert.Equal("本年度未收取信息处理费。", report.Section(SectionKind.Other)?.Text);
        Assert.Equal("五、存在的主要问题及改进情况", report.Section(SectionKind.Problems)?.Heading);
    }

    [Fact]
    public void Leaves_the_tables_out_of_the_section_text()
    {
        var report = TestText.Report(Reports.Pdf2021);

        var requests = report.Section(SectionKind.Requests);
        Assert.NotNull(requests);
        Assert.DoesNotContain("属于国家秘密", requests.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_figures_the_text_states()
    {
        var report = TestText.Report(Reports.Pdf2021);

        Assert.Equal(
            [(NarrativeFigureKind.RequestsReceived, 25), (NarrativeFigureKind.Reconsiderations, 1), (NarrativeFigureKind.Lawsuits, 1)],
            report.Narrative.Select(f => (f.Kind, f.Value)));
    }

    [Fact]
    public void Finds_no_errors_in_a_report_whose_tables_balance()
    {
        var report = ReportParser.ParseText(Reports.Pdf2021).Report!;

        var all = report.ReadingDiagnostics.Concat(ReportChecker.Default.Check(report)).ToList();
        Assert.DoesNotContain(all, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Reads_a_markdown_report_with_its_heading_structure()
    {
        var report = TestText.Report(Reports.MarkdownGrid2021);

        Assert.Equal("荻港镇人民政府", report.Agency);
        Assert.Equal(2021, report.Year);
        Assert.Equal(new DateOnly(2022, 1, 28), report.PublishedOn);
        Assert.Equal("markdown", report.Input?.Format);
        Assert.Equal([SectionKind.Overview, SectionKind.Proactive, SectionKind.Requests, SectionKind.Problems, SectionKind.Other], report.Sections.Select(s => s.Kind));
        Assert.Null(report.Appeals);
    }

    [Fact]
    public void Reads_a_report_with_table_three_alone_as_a_report()
    {
        var report = TestText.Report(Reports.PdfSpaces2019);

        Assert.Equal("荻港镇人民政府", report.Agency);
        Assert.Equal(2020, report.Year);
        Assert.Equal(new DateOnly(2021, 1, 18), report.PublishedOn);
        Assert.Null(report.Proactive);
        Assert.NotNull(report.Requests);
        Assert.Null(report.Appeals);
    }

    [Fact]
    public void Takes_a_document_without_tables_or_sections_for_no_report()
    {
        var report = ReportRecognizer.Recognize(TestText.Read("今天天气很好。\n我们去公园散步，看到很多人在跳舞。\n"));

        Assert.False(ReportRecognizer.LooksLikeReport(report));
    }

    [Fact]
    public void Takes_a_title_and_one_section_for_a_report()
    {
        var report = ReportRecognizer.Recognize(TestText.Read("梧桐市档案局2020年政府信息公开工作年度报告\n一、总体情况\n本局认真贯彻《条例》。\n"));

        Assert.True(ReportRecognizer.LooksLikeReport(report));
        Assert.Equal(2020, report.Year);
    }
}
