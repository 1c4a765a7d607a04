using Gongkai.Core.Model;
using Gongkai.Parsing.Pipeline;
using Gongkai.Reporting.Markdown;
using Gongkai.Synthetic;

namespace Gongkai.Reporting.Tests.Markdown;

/// <summary>What the Markdown writer escapes: HTML, so that an agency's text cannot carry a script into a page.</summary>
public sealed class MarkdownReportWriterTests
{
    private const string Hostile = "本机关<script>alert(1)</script>坚持 a < b & c > d，&lt;原样&gt;。";

    [Fact]
    public void Html_in_the_text_is_written_as_entities()
    {
        var markdown = MarkdownReportWriter.Write(ReportDocument.From(WithOverview(Hostile)));

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<", markdown, StringComparison.Ordinal);
        Assert.Contains("本机关&lt;script&gt;alert(1)&lt;/script&gt;坚持 a &lt; b &amp; c &gt; d，&amp;lt;原样&amp;gt;。", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_html_parses_back_to_the_text_as_given()
    {
        var report = WithOverview(Hostile) with { Agency = "=青禾市<审计>局" };
        var markdown = MarkdownReportWriter.Write(ReportDocument.From(report));

        var parsed = ReportParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(markdown), "报告.md");

        Assert.Equal("=青禾市<审计>局", parsed.Report!.Agency);
        Assert.Equal(Hostile, parsed.Report.Sections.Single(s => s.Kind == SectionKind.Overview).Text);
    }

    private static AnnualReport WithOverview(string text)
    {
        var report = SyntheticProvince.Create(seed: 3, units: 40, firstYear: 2022, years: 1).Reports().First().Report;
        return report with { Sections = [.. report.Sections.Select(s => s.Kind == SectionKind.Overview ? s with { Text = text } : s)] };
    }
}
