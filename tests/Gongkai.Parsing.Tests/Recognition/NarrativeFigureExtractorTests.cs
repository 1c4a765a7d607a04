using Gongkai.Core.Model;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class NarrativeFigureExtractorTests
{
    private static List<(NarrativeFigureKind Kind, int Value)> Extract(params string[] paragraphs)
    {
        var rows = TestText.Paragraphs(paragraphs);
        return NarrativeFigureExtractor.Extract(rows, SectionRecognizer.Recognize(rows)).Select(f => (f.Kind, f.Value)).ToList();
    }

    private static List<(NarrativeFigureKind Kind, int Value)> InOverview(string sentence) =>
        Extract("一、总体情况", sentence, "二、主动公开政府信息情况");

    [Theory]
    [InlineData("全区共受理政府信息公开申请40件，均按时答复。", 40)]
    [InlineData("全年共收到政府信息公开申请117件，上年结转6件。", 117)]
    [InlineData("本年度收到依申请公开31件。", 31)]
    [InlineData("本年度新收政府信息公开申请数量为12件。", 12)]
    [InlineData("全年共收到政府信息公开申请 40 件。", 40)]
    [InlineData("全年共收到政府信息公开申请４０件。", 40)]
    public void Reads_the_number_of_disclosure_requests(string sentence, int expected)
    {
        Assert.Equal([(NarrativeFigureKind.RequestsReceived, expected)], InOverview(sentence));
    }

    [Theory]
    [InlineData("本年度共发出82份测试申请，检验各单位答复情况。")]
    [InlineData("全年共受理政府信息公开测试申请82件。")]
    [InlineData("全年受理行政许可申请500件，办结率100%。")]
    [InlineData("全年共收到群众来信来访申请30件。")]
    public void Ignores_requests_that_are_not_disclosure_requests(string sentence)
    {
        Assert.Empty(InOverview(sentence));
    }

    [Fact]
    public void Reads_reconsiderations_in_a_sentence_about_disclosure()
    {
        Assert.Equal([(NarrativeFigureKind.Reconsiderations, 1)], InOverview("本年度因政府信息公开被申请行政复议1件，结果维持。"));
    }

    [Fact]
    public void Reads_reconsiderations_and_lawsuits_of_one_sentence()
    {
        var figures = InOverview("2021年，本局发生政府信息公开行政复议2件，行政诉讼3件。");

        Assert.Equal([(NarrativeFigureKind.Reconsiderations, 2), (NarrativeFigureKind.Lawsuits, 3)], figures);
    }

    [Theory]
    [InlineData("本年度未发生政府信息公开行政复议案件。", NarrativeFigureKind.Reconsiderations)]
    [InlineData("全年没有发生因政府信息公开引起的行政诉讼。", NarrativeFigureKind.Lawsuits)]
    public void Reads_none_happened_as_zero(string sentence, NarrativeFigureKind kind)
    {
        Assert.Equal([(kind, 0)], InOverview(sentence));
    }

    [Fact]
    public void Reads_none_happened_for_both_appeals_as_two_zeros()
    {
        var figures = InOverview("本年度未发生因政府信息公开引起的行政复议和行政诉讼。");

        Assert.Equal([(NarrativeFigureKind.Reconsiderations, 0), (NarrativeFigureKind.Lawsuits, 0)], figures);
    }

    [Fact]
    public void Ignores_a_justice_bureau_deciding_reconsiderations_outside_section_four()
    {
        Assert.Empty(InOverview("全年共办理行政复议案件125件，纠错率12%。"));
    }

    [Fact]
    public void Reads_appeals_in_section_four_without_the_words_about_disclosure()
    {
        var figures = Extract("四、政府信息公开行政复议、行政诉讼情况", "本年度共发生行政复议3件。", "五、存在的主要问题及改进情况");

        Assert.Equal([(NarrativeFigureKind.Reconsiderations, 3)], figures);
    }

    [Fact]
    public void Stops_before_the_problems_section()
    {
        var figures = Extract(
            "一、总体情况",
            "全年共收到政府信息公开申请40件。",
            "五、存在的主要问题及改进情况",
            "本年度有1件政府信息公开行政复议被纠正，全年共收到政府信息公开申请的数量比上年少。",
            "六、其他需要报告的事项",
            "另收到政府信息公开申请3件已转办。");

        Assert.Equal([(NarrativeFigureKind.RequestsReceived, 40)], figures);
    }

    [Fact]
    public void Records_the_phrase_and_where_it_was_read()
    {
        var rows = TestText.Paragraphs("一、总体情况", "2020年，全区共受理政府信息公开申请40件。");

        var figure = Assert.Single(NarrativeFigureExtractor.Extract(rows, SectionRecognizer.Recognize(rows)));

        Assert.Equal("受理政府信息公开申请40件", figure.Text);
        Assert.Equal(2, figure.Source.Line);
    }

    [Fact]
    public void Does_not_read_no_overturned_reconsideration_as_no_reconsideration()
    {
        Assert.DoesNotContain((NarrativeFigureKind.Reconsiderations, 0), InOverview("本年度未发生政府信息公开行政复议被纠错的情况。"));
    }
}
