using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading.Text;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class DocxTextReaderTests
{
    private static List<Block> Read(string text) => DocxTextReader.Read(TextLines.Split(TestText.Tabs(text)), "docx.txt");

    private static List<string[]> Cells(SourceTable table) => table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

    [Fact]
    public void Reads_tab_led_lines_as_cells_and_blank_lines_as_row_breaks()
    {
        var blocks = Read("""
            →规章
            →0
            →0
            →0

            →行政规范性文件
            →4
            →2
            →27
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal([["规章", "0", "0", "0"], ["行政规范性文件", "4", "2", "27"]], Cells(table));
        Assert.False(table.IsGrid);
    }

    [Fact]
    public void Records_line_and_cell_of_every_cell()
    {
        var blocks = Read("""
            →规章
            →0

            →行政规范性文件
            →4
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal(["L1:c1", "L2:c2", "L4:c1", "L5:c2"], table.Rows.SelectMany(r => r.Cells).Select(c => c.Source.ToCompactString()));
        Assert.Equal("docx.txt", table.Rows[1].Cells[0].Source.File);
        Assert.Equal(4, table.Rows[1].Source.Line);
    }

    [Fact]
    public void Joins_untabbed_continuation_lines_into_the_cell_without_a_space()
    {
        var blocks = Read("""
            →信息内容
            →本年新
            公开数量
            →对外公开
            总数量
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal(["信息内容", "本年新公开数量", "对外公开总数量"], table.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Joins_wrapped_latin_words_with_a_space()
    {
        var blocks = Read("""
            →门户网站
            →https://www.wutong.example
            →GB
            2312
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal("GB 2312", table.Rows[0].Cells[2].Text);
    }

    [Fact]
    public void Reads_a_cell_holding_an_empty_paragraph_as_one_cell_of_the_same_row()
    {
        // The 结果维持 header cell holds an empty paragraph between 结果 and 维持 (one blank line in the text).
        var blocks = Read("""
            →行政复议
            →行政诉讼

            →结果

            维持
            →结果纠正
            →其他结果
            →尚未审结
            →总计
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal([["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]], Cells(table));
    }

    [Fact]
    public void Starts_a_paragraph_when_the_untabbed_line_after_a_row_is_a_sentence()
    {
        var blocks = Read("""
            →行政事业性收费
            →2316.48

            本年度未收取信息处理费。
            →规章
            →0
            """);

        Assert.Collection(blocks,
            b => Assert.Equal([["行政事业性收费", "2316.48"]], Cells(Assert.IsType<SourceTable>(b))),
            b => Assert.Equal("本年度未收取信息处理费。", Assert.IsType<SourceParagraph>(b).Text),
            b => Assert.Equal([["规章", "0"]], Cells(Assert.IsType<SourceTable>(b))));
    }

    [Fact]
    public void Reads_a_paragraph_directly_followed_by_a_table_in_the_same_group()
    {
        var blocks = Read("""
            二、主动公开政府信息情况
            →第二十条第（一）项

            →信息内容
            →本年制发件数
            """);

        Assert.Collection(blocks,
            b =>
            {
                var paragraph = Assert.IsType<SourceParagraph>(b);
                Assert.Equal("二、主动公开政府信息情况", paragraph.Text);
                Assert.Equal(1, paragraph.Source.Line);
                Assert.Equal(0, paragraph.HeadingLevel);
            },
            b => Assert.Equal([["第二十条第（一）项"], ["信息内容", "本年制发件数"]], Cells(Assert.IsType<SourceTable>(b))));
    }

    [Fact]
    public void Ends_a_table_at_two_blank_lines_and_starts_a_new_one_after_a_paragraph()
    {
        var blocks = Read("""
            →规章
            →0


            三、收到和处理政府信息公开申请情况
            →申请人情况
            """);

        Assert.Collection(blocks,
            b => Assert.IsType<SourceTable>(b),
            b => Assert.Equal("三、收到和处理政府信息公开申请情况", Assert.IsType<SourceParagraph>(b).Text),
            b => Assert.Equal([["申请人情况"]], Cells(Assert.IsType<SourceTable>(b))));
    }

    [Fact]
    public void Reads_paragraphs_separated_by_blank_lines_as_paragraphs()
    {
        var blocks = Read("""
            一、总体情况

            2020年，本局共受理政府信息公开申请13件。

            （一）主动公开
            """);

        Assert.Equal(["一、总体情况", "2020年，本局共受理政府信息公开申请13件。", "（一）主动公开"], blocks.Select(b => Assert.IsType<SourceParagraph>(b).Text));
    }

    [Fact]
    public void Splits_further_tabs_inside_a_cell_line_into_cells_of_the_same_row()
    {
        var blocks = Read("""
            →行政许可→1386
            →行政处罚
            """);

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal(["行政许可", "1386", "行政处罚"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["c1", "c2", "c3"], table.Rows[0].Cells.Select(c => c.Source.ToCompactString()[^2..]));
    }

    [Fact]
    public void Reads_a_tab_only_line_as_an_empty_cell_of_the_same_row()
    {
        var blocks = Read("→行政规范性文件\n→4\n→\n→27\n");

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal([["行政规范性文件", "4", "", "27"]], Cells(table));
    }

    [Fact]
    public void Keeps_a_trailing_empty_cell_of_a_row()
    {
        var blocks = Read("→行政强制\n→2\n→增 1\n→\n\n→行政事业性收费\n→4\n→0\n");

        var table = Assert.IsType<SourceTable>(Assert.Single(blocks));
        Assert.Equal([["行政强制", "2", "增 1", ""], ["行政事业性收费", "4", "0"]], Cells(table));
    }
}
