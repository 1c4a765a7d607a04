using System.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed partial class SectionRecognizerTests
{
    private static List<(int Row, SectionKind Kind)> Recognize(params string[] paragraphs) =>
        SectionRecognizer.Recognize(TestText.Paragraphs(paragraphs)).Select(h => (h.RowIndex, h.Kind)).ToList();

    [Fact]
    public void Finds_the_six_sections_of_the_format()
    {
        var headings = Recognize(
            "梧桐市档案局2020年政府信息公开工作年度报告",
            "一、总体情况",
            "2020年，本局认真贯彻《条例》。",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");

        Assert.Equal(
            [(1, SectionKind.Overview), (3, SectionKind.Proactive), (4, SectionKind.Requests), (5, SectionKind.Appeals), (6, SectionKind.Problems), (7, SectionKind.Other)],
            headings);
    }

    [Fact]
    public void Finds_numbered_headings_broken_over_lines_after_a_paragraph_listing_the_titles()
    {
        var headings = Recognize(
            "本报告由总体情况",
            "，主动公开政府信息情况，",
            "收到和处理政府信息公开申请情况",
            "等部分组成。",
            "一、",
            "总体情况",
            "二、",
            "主动公开政府信息情况",
            "三、收到和处理",
            "政府信息",
            "公开申请",
            "情况",
            "四、",
            "政府信息公开行政复议、行政诉讼情况",
            "五、",
            "存在的主要问题及改进",
            "情况",
            "六、",
            "其他",
            "需要",
            "报告的事项");

        Assert.Equal(
            [(4, SectionKind.Overview), (6, SectionKind.Proactive), (8, SectionKind.Requests), (12, SectionKind.Appeals), (14, SectionKind.Problems), (17, SectionKind.Other)],
            headings);
    }

    [Theory]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况")]
    [InlineData("四．政府信息公开行政复议、行政诉讼情况")]
    [InlineData("四. 政府信息公开行政复议、行政诉讼情况")]
    [InlineData("4、政府信息公开行政复议、行政诉讼情况")]
    [InlineData("第四部分 政府信息公开行政复议、行政诉讼情况")]
    [InlineData("四、政府信息公开行政复议和行政诉讼情况")]
    [InlineData("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")]
    public void Accepts_the_numbering_and_title_variants_reports_print(string heading)
    {
        var headings = Recognize("三、收到和处理政府信息公开申请情况", heading, "五、存在的主要问题及改进情况");

        Assert.Equal([(0, SectionKind.Requests), (1, SectionKind.Appeals), (2, SectionKind.Problems)], headings);
    }

    [Fact]
    public void Accepts_sections_numbered_with_parentheses_when_there_is_nothing_better()
    {
        var headings = Recognize("（一）总体情况", "（二）主动公开政府信息情况", "（五）存在的主要问题及改进情况");

        Assert.Equal([SectionKind.Overview, SectionKind.Proactive, SectionKind.Problems], headings.Select(h => h.Kind));
    }

    [Fact]
    public void Accepts_the_arabic_numbering_of_one_section_among_chinese_ones()
    {
        var headings = Recognize("四、政府信息公开行政复议、行政诉讼情况", "5、存在的主要问题及改进情况", "六、其他需要报告的事项");

        Assert.Equal([(0, SectionKind.Appeals), (1, SectionKind.Problems), (2, SectionKind.Other)], headings);
    }

    [Fact]
    public void Recognises_a_misnumbered_heading_by_its_title()
    {
        var headings = Recognize("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "三、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");

        Assert.Equal(SectionKind.Appeals, headings.Single(h => h.Row == 3).Kind);
    }

    [Fact]
    public void Does_not_take_a_subsection_of_section_one_for_section_four()
    {
        var headings = Recognize(
            "一、总体情况",
            "（一）主动公开",
            "（四）政府信息公开申请提起行政复议、行政诉讼情况",
            "本年度未发生政府信息公开行政复议和行政诉讼。",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");

        Assert.Equal([0, 4, 5, 6, 7, 8], headings.Select(h => h.Row));
        Assert.Equal((6, SectionKind.Appeals), headings[3]);
    }

    [Fact]
    public void Does_not_take_subsections_for_sections_even_when_their_titles_are_close()
    {
        var headings = Recognize("一、总体情况", "（一）主动公开", "（二）依申请公开", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况");

        Assert.Equal([0, 3, 4], headings.Select(h => h.Row));
    }

    [Fact]
    public void Does_not_take_a_sentence_listing_the_section_names_for_a_heading()
    {
        var headings = Recognize(
            "本报告由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项等六部分组成。",
            "报告包括总体情况、主动公开政府信息情况等。",
            "一、总体情况",
            "二、主动公开政府信息情况");

        Assert.Equal([(2, SectionKind.Overview), (3, SectionKind.Proactive)], headings);
    }

    [Fact]
    public void Does_not_take_a_numbered_sentence_for_a_heading()
    {
        var headings = Recognize("一、总体情况。本局全年主动公开信息。", "二、主动公开政府信息情况");

        Assert.Equal([(1, SectionKind.Proactive)], headings);
    }

    [Fact]
    public void Finds_markdown_headings_numbered_or_not()
    {
        var rows = TestText.Rows("""
            # 荻港镇人民政府2021年政府信息公开工作年度报告
            ## 总体情况
            全年主动公开信息300条。
            ## 二、主动公开政府信息情况
            ## 三、收到和处理政府信息公开申请情况
            ### （一）说明
            """);

        var headings = SectionRecognizer.Recognize(rows);

        Assert.Equal([SectionKind.Overview, SectionKind.Proactive, SectionKind.Requests], headings.Select(h => h.Kind));
        Assert.Equal("二、主动公开政府信息情况", headings[1].Text);
        Assert.Equal(4, headings[1].Source.Line);
    }

    [Fact]
    public void Finds_no_sections_in_prose()
    {
        Assert.Empty(Recognize("今天天气很好。", "我们去公园散步，看到很多人在跳舞。"));
    }

    [Fact]
    public void Recognises_many_heading_like_lines_in_bounded_time()
    {
        var rows = TestText.Paragraphs([.. Enumerable.Repeat<string[]>(["一、总体情况", "二、主动公开政府信息情况"], 20_000).SelectMany(pair => pair)]);
        var watch = Stopwatch.StartNew();

        var headings = SectionRecognizer.Recognize(rows);

        Assert.Equal([SectionKind.Overview, SectionKind.Proactive], headings.Take(2).Select(h => h.Kind));
        // A guard against a quadratic pass (40,000 lines squared is minutes), not a speed target: about 1 s on a quiet
        // 2-core machine, 7 s seen under CI with four builds beside it.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
