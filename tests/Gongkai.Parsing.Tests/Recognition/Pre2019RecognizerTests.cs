using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class Pre2019RecognizerTests
{
    private const string OldReport =
        "青禾县水利局2016年度政府信息公开工作年度报告\n一、概述\n2016年，我局认真贯彻《条例》。\n二、主动公开政府信息情况\n全年主动公开政府信息156条。\n" +
        "三、政府信息依申请公开办理情况\n全年共受理政府信息公开申请5件。\n四、政府信息公开的收费及减免情况\n本年度未收取费用。\n" +
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议、行政诉讼。\n六、政府信息公开工作存在的主要问题及改进措施\n信息更新不够及时。\n" +
        "七、需要说明的事项与附表\n统计指标\n主动公开政府信息数\n156\n青禾县水利局\n2017年1月16日\n";

    [Fact]
    public void A_report_of_2016_in_the_old_format_keeps_its_metadata_sections_and_figures_and_maps_no_table()
    {
        var report = TestText.Report(OldReport);

        Assert.True(report.Pre2019Format);
        Assert.Null(report.Template);
        Assert.Null(report.Proactive);
        Assert.Null(report.Requests);
        Assert.Null(report.Appeals);
        Assert.Equal("青禾县水利局", report.Agency);
        Assert.Equal(2016, report.Year);
        Assert.Equal(new DateOnly(2017, 1, 16), report.PublishedOn);
        Assert.Equal("五、因政府信息公开申请行政复议、提起行政诉讼的情况", report.Section(Core.Model.SectionKind.Appeals)?.Heading);
        Assert.Contains("四、政府信息公开的收费及减免情况", report.Section(Core.Model.SectionKind.Requests)?.Text, StringComparison.Ordinal);
        Assert.Contains(report.Narrative, f => f.Value == 5);
        Assert.Contains(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.Pre2019Format);
    }

    [Fact]
    public void A_report_of_2019_or_later_is_not_taken_for_the_old_format()
    {
        var report = TestText.Report(OldReport.Replace("2016年度", "2020年度", StringComparison.Ordinal));

        Assert.False(report.Pre2019Format);
        Assert.DoesNotContain(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.Pre2019Format);
    }
}
