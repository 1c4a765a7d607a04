using Gongkai.Core.Model;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Tables;

public sealed class TemplateDetectorTests
{
    private static string Report(int year, string body) => TestText.Tabs($"""
        梧桐市档案局{year}年政府信息公开工作年度报告
        一、总体情况
        本局认真贯彻《条例》。
        {body}
        五、存在的主要问题及改进情况
        政策解读的形式还比较单一。
        """);

    [Fact]
    public void Tells_the_2019_format_from_table_two_headers()
    {
        Assert.Equal(TemplateVersion.V2019, TestText.Report(Reports.Docx2019).Template);
    }

    [Fact]
    public void Tells_the_2021_format_from_table_two_headers()
    {
        Assert.Equal(TemplateVersion.V2021, TestText.Report(Reports.Pdf2021).Template);
    }

    [Fact]
    public void Reports_the_format_the_tables_follow_not_the_one_the_year_requires()
    {
        var report = TestText.Report(Report(2022, """
            二、主动公开政府信息情况
            第二十条第（五）项
            信息内容→上一年项目数量→本年增/减→处理决定数量
            行政许可→12→+3→150
            """));

        Assert.Equal(2022, report.Year);
        Assert.Equal(TemplateVersion.V2019, report.Template);
    }

    [Fact]
    public void Tells_the_format_from_the_shape_of_rows_without_headers()
    {
        var v2019 = TestText.Report(Report(2021, "二、主动公开政府信息情况\n行政处罚→8→-2→30\n行政强制→2→0→1"));
        var v2021 = TestText.Report(Report(2019, "二、主动公开政府信息情况\n行政处罚→30\n行政强制→1"));

        Assert.Equal(TemplateVersion.V2019, v2019.Template);
        Assert.Equal(TemplateVersion.V2021, v2021.Template);
    }

    [Fact]
    public void Tells_the_2021_format_from_the_other_sub_rows_of_table_three()
    {
        var report = TestText.Report(Report(2020, """
            三、收到和处理政府信息公开申请情况
            →（六）其他处理→1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请→0→0→0→0→0→0→0
            →→3.其他→0→0→0→0→0→0→0
            """));

        Assert.Equal(TemplateVersion.V2021, report.Template);
    }

    [Fact]
    public void Tells_the_2019_format_from_the_single_other_row_of_table_three()
    {
        var report = TestText.Report(Report(2022, """
            三、收到和处理政府信息公开申请情况
            →（五）不予处理→5．要求行政机关确认或重新出具已获取信息→0→0→0→0→0→0→0
            →（六）其他处理→1→0→0→0→0→0→1
            （七）总计→1→0→0→0→0→0→1
            """));

        Assert.Equal(TemplateVersion.V2019, report.Template);
    }

    [Fact]
    public void Leaves_the_format_unknown_when_no_table_tells()
    {
        var report = TestText.Report(Report(2021, """
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量→2→0→0→0→0→0→2
            """));

        Assert.Null(report.Template);
    }
}
