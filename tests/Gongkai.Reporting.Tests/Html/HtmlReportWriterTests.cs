using Gongkai.Reporting.Html;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Tests.Html;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Prints_a_line_break_in_a_cell_or_the_title_as_a_line_break()
    {
        var table = new LaidOutTable("表", 1, [[new LaidOutCell("本年新\n公开数量<1>")]]);
        var document = new ReportDocument("示例县财政局\n2024年政府信息公开工作年度报告", "", [new ReportDocument.Part("二、主动公开政府信息情况", [], table)], "示例县财政局", null);

        var html = HtmlReportWriter.Write(document);

        Assert.Contains(">本年新<br>公开数量&lt;1&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<h1><span>示例县财政局</span><span>2024年政府信息公开工作年度报告</span></h1>", html, StringComparison.Ordinal);
    }
}
