using System.Text;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;
using Gongkai.Reporting.Docx;
using Gongkai.Reporting.Layout;
using Gongkai.Synthetic;
using Gongkai.Testing;
using Xunit.Abstractions;

namespace Gongkai.Reporting.Tests.Docx;

/// <summary>
/// What <see cref="DocxReportWriter"/> writes, printed to PDF by LibreOffice as an agency would print it, shows the
/// report's text to an independent reader (poppler) and reads back through our PDF reader to the same canonical JSON.
/// </summary>
public sealed class DocxReportWriterPdfTests(ITestOutputHelper output)
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseHtml().UseDocx().UsePdf().Build();

    [LibreOfficeFact(Poppler = true)]
    public void A_report_in_the_2019_format_prints_to_PDF_and_reads_back() => PrintsAndReadsBack(TemplateVersion.V2019, firstYear: 2019);

    [LibreOfficeFact(Poppler = true)]
    public void A_report_in_the_2021_format_prints_to_PDF_and_reads_back() => PrintsAndReadsBack(TemplateVersion.V2021, firstYear: 2021);

    private void PrintsAndReadsBack(TemplateVersion template, int firstYear)
    {
        var report = Widest(template, firstYear);
        var document = ReportDocument.From(report);
        var folder = Directory.CreateTempSubdirectory("gongkai-docx-pdf-").FullName;
        try
        {
            var docx = Path.Combine(folder, "report.docx");
            using (var stream = File.Create(docx))
            {
                DocxReportWriter.Write(document, stream);
            }

            LibreOffice.Convert(docx, "pdf", folder);
            var pdf = Path.Combine(folder, "report.pdf");

            var info = Poppler.Info(pdf);
            Assert.Matches(@"^595\.\d+ x 841\.\d+ pts \(A4\)$", info["Page size"]); // A4 portrait, as every real report
            var pages = int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture);

            // Line breaks and the spaces of justified lines are the layout's, not the text's. The labels are those set on
            // one line; a wrapped one interleaves with its neighbours in poppler's reading order (the parse below reads them).
            var text = Squeeze(Poppler.Text(pdf));
            string[] expected =
            [
                .. document.TitleLines.Select(Squeeze),
                Squeeze(document.Opening),
                .. document.Parts.Select(p => Squeeze(p.Heading)),
                "第二十条第（一）项", "信息内容", "规章", "行政许可", "行政处罚", "行政强制", "行政事业性收费",
                "申请人情况", "法人或其他组织", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（七）总计", "四、结转下年度继续办理",
                "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                Squeeze(document.Signature), document.Date!,
            ];
            Assert.All(expected, label => Assert.Contains(label, text, StringComparison.Ordinal));

            // Every page numbered in the 公文 style, — 1 — (GB/T 9704 §7.5).
            for (var page = 1; page <= pages; page++)
            {
                Assert.Contains($"—{page}—", Squeeze(Poppler.Text(pdf, page)), StringComparison.Ordinal);
            }

            // Table 三's figures of 一、本年新收 in order, and table 四's fifteen in a row.
            Assert.Contains(string.Concat(Values(document, "一、本年新收政府信息公开申请数量")), text, StringComparison.Ordinal);
            var appeals = document.Parts.Select(p => p.Table).OfType<LaidOutTable>().Single(t => t.Columns == 15);
            Assert.Contains(string.Concat(appeals.Rows[^1].Select(c => c.Text)), text, StringComparison.Ordinal);

            var parsed = Pipeline.Parse(File.ReadAllBytes(pdf), "report.pdf");
            var expectedJson = ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly);
            var actualJson = parsed.Report is { } back ? ReportJsonWriter.Write(back, null, ReportJsonOptions.CanonicalOnly) : parsed.Failure ?? "";
            if (actualJson != expectedJson)
            {
                output.WriteLine(Difference(expectedJson, actualJson));
            }

            Assert.Equal(expectedJson, actualJson);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The report of the edition whose printed figures are the longest: the hardest for narrow number columns.
    private static AnnualReport Widest(TemplateVersion template, int firstYear) =>
        SyntheticProvince.Create(seed: 5, units: 60, firstYear: firstYear, years: 1, flawRate: 0).Reports()
            .Select(r => r.Report)
            .Where(r => r.Template == template && r.Proactive is not null && r.Requests is not null && r.Appeals is not null)
            .MaxBy(r => ReportDocument.From(r).Parts.Select(p => p.Table).OfType<LaidOutTable>().SelectMany(t => t.Rows.SelectMany(c => c)).Where(c => !c.IsLabel).Sum(c => c.Text.Length) * 100 + (r.Agency?.Length ?? 0))!;

    private static IEnumerable<string> Values(ReportDocument document, string rowLabel) =>
        document.Parts.Select(p => p.Table).OfType<LaidOutTable>().SelectMany(t => t.Rows)
            .Single(r => r.Any(c => c.Text == rowLabel))
            .Where(c => !c.IsLabel).Select(c => c.Text);

    private static string Squeeze(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            squeezed.Append(c);
        }

        return squeezed.ToString();
    }

    private static string Difference(string expected, string actual)
    {
        var (left, right) = (expected.Split('\n'), actual.Split('\n'));
        var lines = new StringBuilder();
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var (l, r) = (i < left.Length ? left[i] : "", i < right.Length ? right[i] : "");
            if (l != r)
            {
                lines.Append("- ").AppendLine(l).Append("+ ").AppendLine(r);
            }
        }

        return lines.ToString();
    }
}
