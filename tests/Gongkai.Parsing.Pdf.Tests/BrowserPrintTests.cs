using System.Text;
using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pdf.Tests.Support;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;

namespace Gongkai.Parsing.Pdf.Tests;

/// <summary>
/// A portal page printed to PDF by the browser with its print header and footer (date and time, the page's title,
/// its address, page x/y) on every page, around the portal's navigation and footer: read to the page's truth.
/// </summary>
public sealed class BrowserPrintTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UsePdf().Build();

    /// <summary>The fixture pages, and the paper each is printed on (A4 cuts table 三 of s04 one row before its end).</summary>
    public static TheoryData<string, string?> Pages() => new()
    {
        { "s01-docx-2021-clean-html.html", null },
        { "s04-pdf-2019-spaces-html.html", "A4" },
        { "s09-docx-2021-plausibility-html.html", "A4" },
    };

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public void A_page_printed_by_the_browser_with_header_and_footer_reads_to_its_truth(string name, string? paper)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-print-").FullName;
        try
        {
            var html = Path.Combine(folder, name);
            File.WriteAllBytes(html, WithPaper(File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, name)), paper));
            var pdf = Path.ChangeExtension(html, ".pdf");
            Chromium.PrintToPdf(html, pdf, headerFooter: true);

            var result = Pipeline.Parse(File.ReadAllBytes(pdf), Path.GetFileName(pdf));

            Assert.True(result.Succeeded, result.Failure);
            var truthFile = Path.Combine(ReaderFixtures.Truth, Path.GetFileNameWithoutExtension(name) + ".json");
            var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);
            var wrong = ReportComparer.Compare(truth, result.Report).Where(c => !c.IsMatch).Select(c => $"{c.Path}: expected {c.Expected}, parsed {c.Actual}").ToList();
            Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The page's paper size as its own @page rule, which Chromium prints by (the page may be in GB18030: only ASCII is touched).
    private static byte[] WithPaper(byte[] page, string? paper)
    {
        if (paper is null)
        {
            return page;
        }

        var text = Encoding.Latin1.GetString(page);
        var head = text.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        Assert.True(head >= 0);
        return Encoding.Latin1.GetBytes(text.Insert(head + "<head>".Length, $"<style>@page{{size:{paper}}}</style>"));
    }
}
