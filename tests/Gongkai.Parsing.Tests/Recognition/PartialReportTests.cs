using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class PartialReportTests
{
    // Starts at the 行政许可 row of table 二 (its item header cut off) and stops after table 三's second row.
    private static readonly string FromTableTwoIntoTableThree = TestText.Docx("""
        →行政许可→96
        →第二十条第（六）项
        →信息内容→本年处理决定数量
        →行政处罚→11
        →行政强制→1
        三、收到和处理政府信息公开申请情况
        →（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）→申请人情况
        →→自然人→法人或其他组织→总计
        →→→商业企业→科研机构→社会公益组织→法律服务机构→其他→
        →一、本年新收政府信息公开申请数量→8→1→0→0→0→0→9
        →二、上年结转政府信息公开申请数量→0→0→0→0→0→0→0
        """);

    [Fact]
    public void Reads_a_file_that_starts_inside_table_two_as_far_as_it_goes()
    {
        var report = TestText.Report(FromTableTwoIntoTableThree);

        Assert.NotNull(report.Proactive);
        Assert.Equal(96m, report.Proactive.ValueAt("licensing", "decisions"));
        Assert.Equal(11m, report.Proactive.ValueAt("punishment", "decisions"));
        Assert.NotNull(report.Requests);
        Assert.True(report.Requests.Incomplete);
        Assert.Equal(9m, report.Requests.ValueAt("newReceived", "total"));
        Assert.Null(report.Appeals);
    }

    [Fact]
    public void Says_the_file_holds_only_part_of_a_report_and_which_parts()
    {
        var report = TestText.Report(FromTableTwoIntoTableThree);

        var note = Assert.Single(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.PartialReport);
        Assert.Equal(Severity.Warning, note.Severity);
        Assert.Contains("表二（部分行）", note.Message, StringComparison.Ordinal);
        Assert.Contains("表三（部分行）", note.Message, StringComparison.Ordinal);
        Assert.Contains("三、收到和处理政府信息公开申请情况", note.Message, StringComparison.Ordinal);
        Assert.Contains("表四记为空", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_file_holding_only_a_table_section_heading_and_says_so()
    {
        var result = ReportParser.ParseText("三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n", "片段.txt");

        Assert.True(result.Succeeded, result.Failure);
        Assert.Contains(result.Report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.PartialReport);
    }

    [Fact]
    public void Still_refuses_an_unrelated_document()
    {
        var result = ReportParser.ParseText("会议纪要\n一、会议时间\n2024年3月5日上午\n二、参会人员\n略。\n", "纪要.txt");

        Assert.False(result.Succeeded);
        Assert.Contains("不是政府信息公开工作年度报告", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_nothing_about_a_whole_report()
    {
        var report = TestText.Report(Reports.Docx2019);

        Assert.DoesNotContain(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.PartialReport);
    }
}
