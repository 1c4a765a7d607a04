using Gongkai.Parsing.Reading.Text;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class TextLinesTests
{
    [Fact]
    public void Splits_on_crlf_cr_and_lf_alike()
    {
        var lines = TextLines.Split("一、总体情况\r\n二、主动公开\r三、收到和处理\n四、复议诉讼");

        Assert.Equal(["一、总体情况", "二、主动公开", "三、收到和处理", "四、复议诉讼"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void Keeps_empty_lines_so_that_numbers_match_the_file()
    {
        var lines = TextLines.Split("标题\r\n\r\n正文\n");

        Assert.Equal(["标题", "", "正文", ""], lines.Select(l => l.Text));
        Assert.True(lines[1].IsBlank);
        Assert.Equal(3, lines[2].Number);
    }

    [Fact]
    public void Counts_pages_from_form_feeds()
    {
        var lines = TextLines.Split("第一页正文\n- 1 -\f第二页正文\n- 2 -\f第三页正文");

        Assert.Equal([1, 1, 2, 2, 3], lines.Select(l => l.Page));
        Assert.Equal("第二页正文", lines[2].Text);
    }

    [Fact]
    public void Leaves_the_page_unknown_without_form_feeds()
    {
        Assert.All(TextLines.Split("一\n二\n三"), line => Assert.Equal(0, line.Page));
    }

    [Fact]
    public void Removes_word_bookmarks()
    {
        var lines = TextLines.Split("[bookmark: _GoBack]一、总体情况\n本局[bookmark: _Toc123]全年");

        Assert.Equal("一、总体情况", lines[0].Text);
        Assert.Equal("本局全年", lines[1].Text);
    }

    [Fact]
    public void Keeps_other_square_brackets()
    {
        Assert.Equal("[2021]3号", TextLines.Split("[2021]3号")[0].Text);
    }

    [Fact]
    public void Turns_non_breaking_spaces_into_spaces()
    {
        Assert.Equal("结果 维持", TextLines.Split("结果\u00A0维持")[0].Text);
    }

    [Fact]
    public void Removes_zero_width_characters_and_stray_byte_order_marks()
    {
        Assert.Equal("政府信息公开", TextLines.Split("\uFEFF政\u200B府\u200C信\u200D息\u2060公开")[0].Text);
    }

    [Fact]
    public void Removes_control_characters_but_keeps_tabs()
    {
        Assert.Equal("\t规章\t0", TextLines.Split("\t规\u0001章\t0\u0007")[0].Text);
    }
}
