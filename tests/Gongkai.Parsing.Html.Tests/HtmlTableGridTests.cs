using Gongkai.Parsing.Html.Tests.Support;

namespace Gongkai.Parsing.Html.Tests;

public sealed class HtmlTableGridTests
{
    private static string[][] Grid(string html, int maxCells = 200_000) =>
        HtmlTableGrid.Build(HtmlPages.Table(html), maxCells)?.Select(r => r.Cells).ToArray()
            ?? throw new InvalidOperationException("table refused");

    [Fact]
    public void Expands_rowspan_and_colspan_into_a_grid_with_the_text_in_the_first_position()
    {
        var grid = Grid("""
            <table>
              <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>14</td></tr>
              <tr><td rowspan="2">（三）不予公开</td><td>1．属于国家秘密</td><td>0</td></tr>
              <tr><td>2．其他法律行政法规禁止公开</td><td>1</td></tr>
            </table>
            """);

        Assert.Equal(
            [
                ["三、本年度办理结果", "（一）予以公开", "", "14"],
                ["", "（三）不予公开", "1．属于国家秘密", "0"],
                ["", "", "2．其他法律行政法规禁止公开", "1"],
            ],
            grid);
    }

    [Fact]
    public void Pads_short_rows_to_the_width_of_the_widest()
    {
        var grid = Grid("<table><tr><td>行政复议</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td></tr></table>");

        Assert.All(grid, row => Assert.Equal(3, row.Length));
        Assert.Equal(["行政复议", "", ""], grid[0]);
    }

    [Fact]
    public void Stops_a_rowspan_that_runs_past_the_end_of_the_table()
    {
        var grid = Grid("<table><tr><td rowspan=\"9\">行政诉讼</td><td>1</td></tr><tr><td>2</td></tr></table>");

        Assert.Equal([["行政诉讼", "1"], ["", "2"]], grid);
    }

    [Fact]
    public void Runs_a_rowspan_of_zero_to_the_end_of_the_table()
    {
        var grid = Grid("<table><tr><td rowspan=\"0\">合计</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>");

        Assert.Equal([["合计", "1"], ["", "2"], ["", "3"]], grid);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("100000")]
    public void Reads_a_colspan_of_zero_nonsense_or_beyond_the_html_maximum_as_one_column(string colspan)
    {
        var grid = Grid($"<table><tr><td colspan=\"{colspan}\">规章</td><td>0</td></tr></table>");

        Assert.Equal([["规章", "0"]], grid);
    }

    [Fact]
    public void Clamps_huge_spans()
    {
        var grid = Grid("<table><tr><td colspan=\"900\" rowspan=\"60000\">总计</td><td>5</td></tr><tr><td>6</td></tr></table>");

        Assert.Equal(2, grid.Length);
        Assert.Equal(101, grid[0].Length);
        Assert.Equal("总计", grid[0][0]);
        Assert.Equal("5", grid[0][100]);
        Assert.Equal("6", grid[1][100]);
    }

    [Fact]
    public void Refuses_a_table_whose_expanded_grid_exceeds_the_cell_limit()
    {
        var table = HtmlPages.Table("<table><tr><td colspan=\"50\">甲</td></tr><tr><td colspan=\"50\">乙</td></tr><tr><td>丙</td></tr></table>");

        Assert.Null(HtmlTableGrid.Build(table, maxCells: 120));
        Assert.NotNull(HtmlTableGrid.Build(table, maxCells: 150));
    }

    [Theory]
    [InlineData("<td><p>结果</p><p>维持</p></td>", "结果维持")]
    [InlineData("<td>结果<br>维持</td>", "结果维持")]
    [InlineData("<td><div>本年新</div><div>收数量</div></td>", "本年新收数量")]
    [InlineData("<td><span>行政</span><span>复议</span></td>", "行政复议")]
    [InlineData("<td>&nbsp;12&nbsp;</td>", "12")]
    [InlineData("<td>\u3000（一）予以公开\u3000</td>", "（一）予以公开")]
    [InlineData("<td><p>Open</p><p>Data</p></td>", "Open Data")]
    [InlineData("<td><p>&nbsp;</p><p>57</p><p>&nbsp;</p></td>", "57")]
    [InlineData("<td>本年新收\n        政府信息公开申请数量</td>", "本年新收政府信息公开申请数量")]
    [InlineData("<td><b>（二）</b>部分公开</td>", "（二）部分公开")]
    [InlineData("<td>3<script>document.write('9')</script><style>td{}</style></td>", "3")]
    public void Joins_the_lines_of_a_wrapped_cell_as_one_label(string cell, string expected)
    {
        var grid = Grid($"<table><tr><td>项目</td>{cell}</tr></table>");

        Assert.Equal(expected, grid[0][1]);
    }

    [Fact]
    public void Reads_header_cells_and_every_row_group_in_order()
    {
        var grid = Grid("""
            <table>
              <thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead>
              <tbody><tr><td>行政许可</td><td>120</td></tr></tbody>
            </table>
            """);

        Assert.Equal([["信息内容", "本年处理决定数量"], ["行政许可", "120"]], grid);
    }

    [Theory]
    [InlineData("<table><tr><td>规章</td><td>0</td></tr></table>", true)]
    [InlineData("<table><tr><td>行政复议</td></tr><tr><td>2</td></tr></table>", true)]
    [InlineData("<table><tr><td><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>", false)]
    [InlineData("<table><tr><td>本年度全县各级行政机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，全年主动公开政府信息三千余条。</td></tr></table>", false)]
    [InlineData("<table></table>", false)]
    public void Tells_data_tables_from_layout_tables(string html, bool isData)
    {
        Assert.Equal(isData, HtmlTableGrid.IsDataTable(HtmlPages.Table(html)));
    }

    [Theory]
    [InlineData("  一、\n\t总体情况  ", "一、 总体情况")]
    [InlineData("\u00A0\u00A0全年\u00A0\u00A0收到", "全年 收到")]
    [InlineData("\u3000\u3000（一）主动公开", "（一）主动公开")]
    [InlineData("", "")]
    public void Tidies_whitespace(string text, string expected)
    {
        Assert.Equal(expected, HtmlTableGrid.Tidy(text));
    }
}
