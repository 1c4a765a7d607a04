using System.Globalization;
using System.Text;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Html.Tests.Support;
using Gongkai.Parsing.Reading;
using Gongkai.Testing;
using Gongkai.Testing.Fuzzing;

namespace Gongkai.Parsing.Html.Tests;

public sealed class HtmlDocumentReaderTests
{
    private const string PortalPage = $"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>柏舟县档案局2021年政府信息公开工作年度报告_柏舟县人民政府网</title>
        <script>var _hmt = []; document.write("<div>统计</div>");</script></head>
        <body>
        <div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
        <div class="main"><div class="left"><ul><li><a href="/fy/">行政复议指南</a></li></ul></div>
        <div class="right"><div class="title"><h1>柏舟县档案局2021年政府信息公开工作年度报告</h1></div>
        <div id="zoom">{HtmlPages.ReportBody}</div></div></div>
        <div class="footer">主办：柏舟县人民政府办公室　联系电话：0000-1234567</div>
        </body></html>
        """;

    [Fact]
    public void Reads_a_gbk_portal_page_as_the_report_inside_it_with_its_title_first()
    {
        var document = HtmlDocumentReader.Instance.Read(HtmlPages.Gb18030.GetBytes(PortalPage), "bozhou.html", ReaderLimits.Default);

        Assert.Equal("html", document.Format);
        Assert.Equal("gb18030", document.Encoding);
        var title = Assert.IsType<SourceParagraph>(document.Blocks[0]);
        Assert.Equal(new SourceParagraph("柏舟县档案局2021年政府信息公开工作年度报告", new("bozhou.html", 1), 1), title);
        var texts = HtmlPages.Describe(document.Blocks);
        Assert.Equal("P 一、总体情况", texts[1]);
        Assert.Equal("P 六、其他需要报告的事项", texts[^1]);
        Assert.DoesNotContain(texts, t => t.Contains("首页", StringComparison.Ordinal) || t.Contains("联系电话", StringComparison.Ordinal) || t.Contains("行政复议指南", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_the_file_in_every_source()
    {
        var document = HtmlPages.Read($"<html><body>{HtmlPages.ReportBody}<table><tr><td>规章</td><td>0</td></tr></table></body></html>", "named.html");

        Assert.All(document.Blocks, block => Assert.Equal("named.html", block.Source.File));
        Assert.All(document.Blocks.OfType<SourceTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells), cell => Assert.Equal("named.html", cell.Source.File));
    }

    [Fact]
    public void Refuses_a_page_over_the_size_limit_with_a_chinese_message_naming_the_file()
    {
        var reader = new HtmlDocumentReader(new HtmlReaderLimits { MaxBytes = 1024 });
        var page = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>正文</p>", 200)) + "</body></html>");

        var error = Assert.Throws<UnreadableInputException>(() => reader.Read(page, "huge-page.html", ReaderLimits.Default));

        Assert.StartsWith("huge-page.html：", error.Message, StringComparison.Ordinal);
        Assert.Contains("网页过大", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_page_nested_three_thousand_levels_deep_without_failing()
    {
        const int Depth = 3000;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", Depth)) + "<p>一、总体情况</p>" +
                   string.Concat(Enumerable.Repeat("</span></div>", Depth)) + "<p>二、主动公开政府信息情况</p></body></html>";

        var document = HtmlPages.Read(page);

        var texts = document.Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("一、总体情况", texts);
        Assert.Contains("二、主动公开政府信息情况", texts);
    }

    [Fact]
    public void Reads_a_page_nested_a_hundred_thousand_levels_deep()
    {
        // Issue #10: 100,000 nested div took minutes in the parser (its stack of open elements scanned per tag).
        var document = HtmlDocumentReader.Instance.Read(HostileInputs.HtmlNestedDivs(100_000), "deep.html", ReaderLimits.Default);

        Assert.Contains(document.Blocks, b => b is SourceParagraph { Text: "一、总体情况" });
    }

    [Fact]
    public void Refuses_a_page_with_more_elements_than_the_limit()
    {
        var reader = new HtmlDocumentReader(new HtmlReaderLimits { MaxElements = 1_000 });

        var error = Assert.Throws<UnreadableInputException>(() => reader.Read(HostileInputs.HtmlHugeTable(200, 9), "table.html", ReaderLimits.Default));

        Assert.StartsWith("table.html：", error.Message, StringComparison.Ordinal);
        Assert.Contains("网页元素过多", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_at_once_when_the_read_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            HtmlDocumentReader.Instance.Read(HostileInputs.HtmlHugeTable(100, 9), "cancelled.html", ReaderLimits.Default, cancelled.Token));
    }

    [Fact]
    public void Reads_tables_nested_three_thousand_levels_deep_without_failing()
    {
        const int Depth = 3000;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", Depth)) + "行政复议" +
                   string.Concat(Enumerable.Repeat("</td></tr></table>", Depth)) + "</body></html>";

        var document = HtmlPages.Read(page);

        Assert.Contains(document.Blocks, block => HtmlPages.Describe(block).Contains("行政复议", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_table_of_twenty_thousand_rows_as_one_grid()
    {
        const int Count = 20_000;
        var page = new StringBuilder("<html><body><table>\n");
        for (var i = 0; i < Count; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>第{i}项</td><td>{i}</td><td>0</td></tr>\n");
        }

        var document = HtmlPages.Read(page.Append("</table></body></html>").ToString());

        var table = Assert.IsType<SourceTable>(Assert.Single(document.Blocks));
        Assert.Equal(Count, table.Rows.Count);
        Assert.Equal(3, table.Width);
        Assert.Equal(["第19999项", "19999", "0"], table.Rows[^1].Cells.Select(c => c.Text));
        Assert.Equal(Count + 1, table.Rows[^1].Source.Line);
    }

    [Fact]
    public void Leaves_out_a_table_past_the_cell_limit_without_failing()
    {
        var reader = new HtmlDocumentReader(new HtmlReaderLimits { MaxTableCells = 100 });
        var rows = string.Concat(Enumerable.Range(0, 60).Select(i => $"<tr><td>第{i}项</td><td>{i}</td></tr>"));
        var page = Encoding.UTF8.GetBytes($"<html><body><p>表前</p><table>{rows}</table><p>表后</p></body></html>");

        var document = reader.Read(page, "big-table.html", ReaderLimits.Default);

        Assert.Equal(["P 表前", "P 表后"], HtmlPages.Describe(document.Blocks));
    }

    [Fact]
    public void Reads_an_empty_page_as_a_document_without_blocks()
    {
        var document = HtmlPages.Read("<html><body>\n</body></html>");

        Assert.Empty(document.Blocks);
        Assert.Equal("html", document.Format);
    }

    [Fact]
    public void Names_the_picture_that_stands_for_a_table_in_a_fixture_page()
    {
        var path = Path.Combine(ReaderFixtures.Raw, "s03-pdf-2021-government-picture.html");

        var document = HtmlDocumentReader.Instance.Read(File.ReadAllBytes(path), "picture.html", ReaderLimits.Default);

        var image = Assert.Single(document.Blocks.OfType<SourceImage>());
        Assert.False(string.IsNullOrWhiteSpace(image.Description));
        Assert.True(image.Source.Line > 0);
    }

    [Fact]
    public void Reads_a_page_alike_before_and_after_other_pages_on_the_same_thread()
    {
        var portal = HtmlPages.Gb18030.GetBytes(PortalPage);
        var first = HtmlPages.Describe(HtmlDocumentReader.Instance.Read(portal, "bozhou.html", ReaderLimits.Default).Blocks);
        HtmlPages.Read("<html><body><table><tr><td>规章</td><td>0</td></tr></table><h2>另一页</h2></body></html>", "other.html");
        new HtmlDocumentReader(new HtmlReaderLimits { MaxDepth = 3 }).Read(Encoding.UTF8.GetBytes("<div><div><div><div><p>深</p></div></div></div></div>"), "shallow.html", ReaderLimits.Default);

        var again = HtmlPages.Describe(HtmlDocumentReader.Instance.Read(portal, "bozhou.html", ReaderLimits.Default).Blocks);

        Assert.Equal(first, again);
    }

    [Fact]
    public void Reads_a_page_alike_on_several_threads_at_once()
    {
        var portal = HtmlPages.Gb18030.GetBytes(PortalPage);
        var expected = HtmlPages.Describe(HtmlDocumentReader.Instance.Read(portal, "bozhou.html", ReaderLimits.Default).Blocks);

        var results = new List<string>[32];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = HtmlPages.Describe(HtmlDocumentReader.Instance.Read(portal, "bozhou.html", ReaderLimits.Default).Blocks));

        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
