using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;
using Gongkai.Reporting.Html;
using Gongkai.Reporting.Tests.Support;

namespace Gongkai.Reporting.Tests.Html;

/// <summary>The HTML page's format: self-contained, print-ready A4 in the 公文 look.</summary>
public sealed partial class HtmlReportWriterFormatTests
{
    [Fact]
    public void The_page_is_self_contained_and_prints_on_A4_with_page_numbers()
    {
        var html = HtmlReportWriter.Write(SampleReports.Document(TemplateVersion.V2021));

        Assert.DoesNotMatch(@"(src|href)\s*=|url\(|@import", html); // nothing to fetch
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4;margin:37mm 26mm 35mm 28mm}", html, StringComparison.Ordinal);
        Assert.Contains("@bottom-right{content:\"— \" counter(page) \" —\"", html, StringComparison.Ordinal);
        Assert.Contains("@bottom-left{content:\"— \" counter(page) \" —\"", html, StringComparison.Ordinal);
        Assert.Matches("body\\{[^}]*\"仿宋_GB2312\"[^}]*\"Noto Serif CJK SC\"[^}]*serif\\}", html);
        Assert.Matches("h2\\{[^}]*\"黑体\"[^}]*\"Noto Sans CJK SC\"[^}]*sans-serif", html);
    }

    [Fact]
    public void The_title_is_one_heading_on_two_lines()
    {
        var document = SampleReports.Document(TemplateVersion.V2021);

        var html = HtmlReportWriter.Write(document);

        Assert.Contains($"<h1><span>{document.Signature}</span><span>{document.Title[document.Signature.Length..]}</span></h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_have_column_widths_and_table_three_a_repeated_header()
    {
        var html = HtmlReportWriter.Write(SampleReports.Document(TemplateVersion.V2019));
        var tables = Table().Matches(html).Select(m => m.Value).ToList();

        Assert.Equal(3, tables.Count);
        Assert.All(tables, table =>
        {
            var widths = Width().Matches(table).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.InRange(widths.Sum(), 99.9, 100.1);
        });
        Assert.DoesNotContain("<thead>", tables[0], StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(tables[1].Split("</thead>")[0], "<tr").Count);
        Assert.Contains("<td class=\"stack\" rowspan=", tables[1], StringComparison.Ordinal);
        Assert.StartsWith("<table class=\"dense keep\">", tables[2], StringComparison.Ordinal);
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("<col style=\"width:([0-9.]+)%\">")]
    private static partial Regex Width();
}
