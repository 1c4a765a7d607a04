using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Html.Tests.Support;

namespace Gongkai.Parsing.Html.Tests;

public sealed class HtmlBlockWalkerTests
{
    private static List<Block> Walk(string body, string file = "page.html")
    {
        using var document = HtmlPages.Parse("<html><body>" + body + "</body></html>");
        var walker = new HtmlBlockWalker(file, HtmlReaderLimits.Default);
        walker.Walk(document.Body!);
        return walker.Blocks;
    }

    [Fact]
    public void Ends_paragraphs_at_br_and_at_block_elements()
    {
        var blocks = Walk("<div>一、总体情况<br>全年收到申请12件。<p>（一）主动公开</p>全年公开信息<br/><br/>312条。<li>列表项</li></div>");

        Assert.Equal(["P 一、总体情况", "P 全年收到申请12件。", "P （一）主动公开", "P 全年公开信息", "P 312条。", "P 列表项"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Keeps_inline_elements_inside_their_paragraph()
    {
        var blocks = Walk("<p>全年<strong>共</strong>收到<a href=\"/x\">申请</a><span style=\"color:red\">12</span>件。</p>");

        Assert.Equal(["P 全年共收到申请12件。"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Gives_headings_their_level_and_body_text_none()
    {
        var blocks = Walk("<h1>柏舟县档案局年度报告</h1><h2>一、总体情况</h2><p>正文</p><h3>（一）</h3><h4>甲</h4><h5>乙</h5><h6>丙</h6>尾");

        Assert.Equal(["H1 柏舟县档案局年度报告", "H2 一、总体情况", "P 正文", "H3 （一）", "H4 甲", "H5 乙", "H6 丙", "P 尾"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Does_not_give_a_heading_level_to_text_before_the_heading()
    {
        var blocks = Walk("<div>导语<h2>一、总体情况</h2>正文</div>");

        Assert.Equal(["P 导语", "H2 一、总体情况", "P 正文"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Ignores_scripts_styles_navigation_frames_and_form_controls()
    {
        var blocks = Walk("""
            <nav><a href="/">首页</a></nav>
            <script>document.write("统计代码");</script>
            <style>p { color: red }</style>
            <noscript>请启用脚本</noscript>
            <iframe src="/share.html">分享</iframe>
            <select><option>相关链接</option></select>
            <button>打印</button>
            <p>正文</p>
            """);

        Assert.Equal(["P 正文"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Records_images_with_their_alt_text_or_file_name()
    {
        var blocks = Walk("""
            <p>三、收到和处理政府信息公开申请情况</p>
            <p><img src="/upload/2022/t3.png" alt=" 表三 收到和处理申请情况 "></p>
            <img src="/upload/2022/table3.png?v=2">
            <img src="data:image/png;base64,iVBORw0KGgo=">
            """);

        Assert.Equal(["P 三、收到和处理政府信息公开申请情况", "IMG 表三 收到和处理申请情况", "IMG table3.png", "IMG 内嵌图片"], HtmlPages.Describe(blocks));
        Assert.All(blocks.OfType<SourceImage>(), image => Assert.Equal("page.html", image.Source.File));
    }

    [Fact]
    public void Ends_a_paragraph_at_an_image_inside_it()
    {
        var blocks = Walk("<p>上文<img src=\"seal.png\">下文</p>");

        Assert.Equal(["P 上文", "IMG seal.png", "P 下文"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Gives_paragraphs_and_table_rows_the_html_line_numbers()
    {
        var blocks = Walk("\n<p>一、总体情况</p>\n\n<p>正文</p>\n<table>\n<tr><td>规章</td><td>0</td></tr>\n<tr><td>行政规范性文件</td><td>4</td></tr>\n</table>", "lines.html");

        var paragraphs = blocks.OfType<SourceParagraph>().ToList();
        Assert.Equal([2, 4], paragraphs.Select(p => p.Source.Line));
        var table = Assert.Single(blocks.OfType<SourceTable>());
        Assert.Equal([6, 7], table.Rows.Select(r => r.Source.Line));
        Assert.Equal(["L7:c1", "L7:c2"], table.Rows[1].Cells.Select(c => c.Source.ToCompactString()));
        Assert.Equal("lines.html", table.Rows[1].Cells[1].Source.File);
        Assert.Equal(table.Rows[0].Source, table.Source);
    }

    [Fact]
    public void Emits_a_data_table_as_a_grid()
    {
        var blocks = Walk("<p>二、主动公开政府信息情况</p><table><tr><td rowspan=\"2\">信息内容</td><td colspan=\"2\">数量</td></tr><tr><td>本年制发</td><td>现行有效</td></tr></table><p>三、</p>");

        Assert.Equal(["P 二、主动公开政府信息情况", "T 信息内容|数量| / |本年制发|现行有效", "P 三、"], HtmlPages.Describe(blocks));
        var table = Assert.IsType<SourceTable>(blocks[1]);
        Assert.True(table.IsGrid);
        Assert.Equal(3, table.Width);
    }

    [Fact]
    public void Reads_a_layout_table_through_and_emits_only_the_data_table_inside_it()
    {
        var blocks = Walk("""
            <table class="layout">
              <tr><td><p>四、政府信息公开行政复议、行政诉讼情况</p>
                <table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>2</td><td>1</td></tr></table>
              </td></tr>
              <tr><td>五、存在的主要问题及改进情况</td></tr>
            </table>
            """);

        Assert.Equal(["P 四、政府信息公开行政复议、行政诉讼情况", "T 行政复议|行政诉讼 / 2|1", "P 五、存在的主要问题及改进情况"], HtmlPages.Describe(blocks));
        Assert.Single(blocks.OfType<SourceTable>());
    }

    [Fact]
    public void Reads_a_single_column_table_of_long_text_as_paragraphs()
    {
        const string Long = "本年度全县各级行政机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。";
        var blocks = Walk($"<table><tr><td>{Long}</td></tr><tr><td>{Long}</td></tr></table>");

        Assert.Equal([$"P {Long}", $"P {Long}"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Trims_non_breaking_and_full_width_spaces_from_paragraphs()
    {
        var blocks = Walk("<p>&nbsp;&nbsp;\u3000\u3000一、总体情况&nbsp;</p><p>&nbsp;</p><p> </p>");

        Assert.Equal(["P 一、总体情况"], HtmlPages.Describe(blocks));
    }

    [Fact]
    public void Gives_lines_separated_by_br_in_one_element_their_own_line_numbers()
    {
        var blocks = Walk("<div>\n一、总体情况<br>\n全年收到申请12件。<br>\n二、主动公开政府信息情况</div>");

        Assert.Equal([2, 3, 4], blocks.Select(b => b.Source.Line));
    }
}
