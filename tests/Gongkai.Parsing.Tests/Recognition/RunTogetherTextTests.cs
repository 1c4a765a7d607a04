using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class RunTogetherTextTests
{
    private const string Body =
        "翻译 搜索 复制 青禾县林业局2021年政府信息公开工作年度报告 本报告根据《条例》编制，统计期限自2021年1月1日起至2021年12月31日止。" +
        "一、总体情况2021年，本局及时公开政府信息。（一）主动公开。全年主动公开政府信息318条。" +
        "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件2191" +
        "三、收到和处理政府信息公开申请情况（三）不予公开1．属于国家秘密00000002．其他法律行政法规禁止公开0000000" +
        "五、存在的主要问题及改进情况一是政策解读形式较为单一；二是信息更新不够及时。六、其他需要报告的事项本年度未收取信息处理费。";

    [Fact]
    public void A_body_run_together_is_cut_at_headings_numbering_sentences_and_the_templates_labels()
    {
        Assert.True(RunTogetherText.IsRunTogether(Body));

        var pieces = RunTogetherText.Cut(Body);

        Assert.Contains("青禾县林业局2021年政府信息公开工作年度报告", pieces);
        Assert.Contains("一、总体情况", pieces);
        Assert.Contains("二、主动公开政府信息情况", pieces);
        Assert.Contains("（一）主动公开。", pieces);
        Assert.Contains("信息内容", pieces);
        Assert.Contains("规章000", pieces);
        Assert.Contains("行政规范性文件2191", pieces);
        Assert.Contains("1．属于国家秘密0000000", pieces);
        Assert.Contains("2．其他法律行政法规禁止公开0000000", pieces);
        Assert.Contains("六、其他需要报告的事项", pieces);
        Assert.Contains("本年度未收取信息处理费。", pieces);
    }

    [Fact]
    public void A_long_paragraph_of_an_ordinary_report_is_left_whole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("本局全面推进决策、执行、管理、服务、结果公开，规范性文件和行政许可信息均按时公开。", 10));

        Assert.False(RunTogetherText.IsRunTogether(paragraph));
    }

    [Fact]
    public void The_portal_widgets_do_not_become_the_title()
    {
        var report = Support.TestText.Report("==== 正文 ====\n" + Body.Replace("一、总体情况", "一、总体情况", StringComparison.Ordinal));

        Assert.Equal("青禾县林业局", report.Agency);
        Assert.Equal(2021, report.Year);
        Assert.Contains(report.ReadingDiagnostics, d => d.Code == Core.Diagnostics.DiagnosticCodes.RunTogetherBody);
    }
}
