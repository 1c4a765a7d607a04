using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading.Text;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class RowTextReaderTests
{
    private static List<Block> Pdf(string text) => RowTextReader.Read(TextLines.Split(TestText.Tabs(text)), "pdf.txt", markdown: false);

    private static List<Block> Markdown(string text) => RowTextReader.Read(TextLines.Split(TestText.Tabs(text)), "md.txt", markdown: true);

    private static List<string[]> Cells(Block block) => Assert.IsType<SourceTable>(block).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

    [Fact]
    public void Reads_tab_separated_rows_keeping_stray_empty_cells()
    {
        var blocks = Pdf("""
            一、本年新收政府信息公开申请数量→→20→3→0→1→0→1→25→
            →（三）不予公开→1．属于国家秘密→0→0→0→0→0→0→0
            """);

        Assert.Equal(
            [
                ["一、本年新收政府信息公开申请数量", "", "20", "3", "0", "1", "0", "1", "25", ""],
                ["", "（三）不予公开", "1．属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
            ],
            Cells(Assert.Single(blocks)));
    }

    [Fact]
    public void Trims_cells_and_records_line_and_cell()
    {
        var table = Assert.IsType<SourceTable>(Assert.Single(Pdf("规章 → 0 →0\n行政规范性文件→5→1→33")));

        Assert.Equal(["规章", "0", "0"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["L2:c1", "L2:c2", "L2:c3", "L2:c4"], table.Rows[1].Cells.Select(c => c.Source.ToCompactString()));
        Assert.False(table.IsGrid);
        Assert.Equal(0, table.Width);
    }

    [Fact]
    public void Splits_rows_on_runs_of_two_or_more_spaces()
    {
        var blocks = Pdf("""
              信息内容   本年新制作数量  本年新公开数量    对外公开总数量
              规 章   0     0  0
              行政许可    23  增 8   412
            """);

        Assert.Equal(
            [
                ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                ["规 章", "0", "0", "0"],
                ["行政许可", "23", "增 8", "412"],
            ],
            Cells(Assert.Single(blocks)));
    }

    [Fact]
    public void Splits_on_ideographic_spaces_too()
    {
        Assert.Equal([["行政处罚", "9", "0", "38"]], Cells(Assert.Single(Pdf("行政处罚\u3000\u30009\u3000\u30000\u3000\u300038"))));
    }

    [Theory]
    [InlineData("      依据新修订的《中华人民共和国政府信息公开条例》，  编制本报告。")]
    [InlineData("  本局对每件申请均建立办理台账，  明确承办股室和答复时限，所有答复均在法定期限内作出。")]
    [InlineData("  二、主动公开政府信息情况")]
    public void Keeps_a_narrative_line_with_double_spaces_as_a_paragraph(string line)
    {
        var paragraph = Assert.IsType<SourceParagraph>(Assert.Single(Pdf(line)));

        Assert.Equal(line.Trim(), paragraph.Text);
    }

    [Theory]
    [InlineData("- 3 -")]
    [InlineData("                              - 12 -")]
    [InlineData("— 4 —")]
    [InlineData("－5－")]
    [InlineData("第 3 页")]
    [InlineData("第3页，共12页")]
    [InlineData("3 / 12")]
    public void Drops_page_number_lines(string furniture)
    {
        var blocks = Pdf($"规章→0→0→0\n{furniture}\n行政规范性文件→5→1→33");

        Assert.Equal([["规章", "0", "0", "0"], ["行政规范性文件", "5", "1", "33"]], Cells(Assert.Single(blocks)));
    }

    [Fact]
    public void Ends_a_table_at_a_paragraph_line()
    {
        var blocks = Pdf("规章→0→0→0\n节水型社会建设专栏\n行政规范性文件→5→1→33");

        Assert.Collection(blocks,
            b => Assert.Single(Cells(b)),
            b => Assert.Equal("节水型社会建设专栏", Assert.IsType<SourceParagraph>(b).Text),
            b => Assert.Single(Cells(b)));
    }

    [Fact]
    public void Records_the_page_when_the_text_has_form_feeds()
    {
        var blocks = Pdf("一、总体情况\f二、主动公开政府信息情况\n规章→0→0→0");

        Assert.Equal(1, blocks[0].Source.Page);
        Assert.Equal(2, blocks[1].Source.Page);
        Assert.Equal("p2:L3:c2", Assert.IsType<SourceTable>(blocks[2]).Rows[0].Cells[1].Source.ToCompactString());
    }

    [Fact]
    public void Reads_markdown_headings_with_their_level_and_without_hashes()
    {
        var blocks = Markdown("""
            # 梧桐市档案局
            ## 一、总体情况
            ### （一）主动公开
            #不是标题
            """);

        Assert.Equal([(1, "梧桐市档案局"), (2, "一、总体情况"), (3, "（一）主动公开"), (0, "#不是标题")],
            blocks.Select(b => Assert.IsType<SourceParagraph>(b)).Select(p => (p.HeadingLevel, p.Text)));
    }

    [Fact]
    public void Reads_a_pipe_table_as_a_grid_skipping_the_delimiter_row_and_padding_short_rows()
    {
        var blocks = Markdown("""
            | 第二十条第（六）项 |  |  |  |
            |---|:---:|---|---|
            | 信息内容 | 本年处理决定数量 |  |  |
            | 行政处罚 | 23 |  |  |
            | 行政强制 | 0 |
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.True(table.IsGrid);
        Assert.Equal(4, table.Width);
        Assert.Equal(
            [
                ["第二十条第（六）项", "", "", ""],
                ["信息内容", "本年处理决定数量", "", ""],
                ["行政处罚", "23", "", ""],
                ["行政强制", "0", "", ""],
            ],
            Cells(table));
        Assert.Equal(["c1", "c2", "c3", "c4"], table.Rows[3].Cells.Select(c => c.Source.ToCompactString()[^2..]));
    }

    [Fact]
    public void Strips_markdown_emphasis_and_escapes()
    {
        var blocks = Markdown("""
            ## **二、主动公开政府信息情况**
            本年度**未收取**信息处理费\*。
            | **（七）总计** | `5` | a\|b |
            | x | y | z |
            | x | y | z |
            """);

        Assert.Equal("二、主动公开政府信息情况", Assert.IsType<SourceParagraph>(blocks[0]).Text);
        Assert.Equal("本年度未收取信息处理费*。", Assert.IsType<SourceParagraph>(blocks[1]).Text);
        Assert.Equal(["（七）总计", "5", "a|b"], Cells(blocks[2])[0]);
    }

    [Fact]
    public void Reads_tab_rows_in_markdown_as_plain_rows_not_a_grid()
    {
        var blocks = Markdown("""
            ## 二、主动公开政府信息情况
            信息内容→本年新制作数量→本年新公开数量→对外公开总数量
            规章→0→0→0
            """);

        var table = Assert.IsType<SourceTable>(blocks[1]);
        Assert.False(table.IsGrid);
        Assert.Equal(["规章", "0", "0", "0"], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Separates_a_pipe_table_from_tab_rows_that_follow_it()
    {
        var blocks = Markdown("""
            | 规章 | 0 |
            |---|---|
            | 行政规范性文件 | 5 |
            行政许可→860
            """);

        Assert.Equal(2, blocks.Count);
        Assert.True(Assert.IsType<SourceTable>(blocks[0]).IsGrid);
        Assert.False(Assert.IsType<SourceTable>(blocks[1]).IsGrid);
    }

    [Fact]
    public void Reads_a_line_of_single_space_separated_figures_as_a_row()
    {
        var blocks = Pdf("""
            规范性文件
            2 1 12
            +5 -1 3120
            2020 年共收到申请 12 件
            """);

        Assert.IsType<SourceParagraph>(blocks[0]);
        Assert.Equal([["2", "1", "12"], ["+5", "-1", "3120"]], Cells(blocks[1]));
        Assert.IsType<SourceParagraph>(blocks[2]);
    }

    [Theory]
    [InlineData("3 件")]
    [InlineData("共 3 件")]
    [InlineData("1 2 三")]
    public void Keeps_lines_that_are_not_only_figures_as_paragraphs(string line)
    {
        Assert.IsType<SourceParagraph>(Assert.Single(Pdf(line)));
    }
}
