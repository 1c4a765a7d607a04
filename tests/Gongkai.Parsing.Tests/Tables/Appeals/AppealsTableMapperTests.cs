using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Tables.Appeals;

public sealed class AppealsTableMapperTests
{
    private static readonly string[] Groups = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];

    private static ReportTable Appeals(string text)
    {
        var table = TestText.Report(text).Appeals;
        Assert.NotNull(table);
        return table;
    }

    private static decimal?[] Row(ReportTable table, string key) => table[key]!.Cells.Select(c => c.Value).ToArray();

    // A minimal report around table 四 given as PDF text rows.
    private static string PdfWith(string tableRows) => TestText.Tabs($"""
        棠梨县水务局2021年政府信息公开工作年度报告
        一、总体情况
        本局认真贯彻《条例》。
        四、政府信息公开行政复议、行政诉讼情况
        {tableRows}
        五、存在的主要问题及改进情况
        政策解读的形式还比较单一。
        """);

    [Fact]
    public void Reads_the_docx_table_as_one_row_of_fifteen_numbers()
    {
        var table = Appeals(Reports.Docx2019);

        Assert.Equal(Groups, table.Rows.Select(r => r.Key));
        Assert.Equal([1m, 0m, 0m, 0m, 1m], Row(table, "reconsideration"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m], Row(table, "litigationDirect"));
        Assert.Equal(["upheld", "corrected", "other", "pending", "total"], table["litigationAfterReconsideration"]!.Cells.Select(c => c.Column));
    }

    [Fact]
    public void Reads_the_pdf_table_as_one_row_of_fifteen_numbers()
    {
        var table = Appeals(Reports.Pdf2021);

        Assert.Equal([0m, 1m, 0m, 0m, 1m], Row(table, "reconsideration"));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], Row(table, "litigationDirect"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m], Row(table, "litigationAfterReconsideration"));
        Assert.Equal("L73:c9", table.CellAt("litigationDirect", "pending")?.Source.ToCompactString());
    }

    [Fact]
    public void Reads_the_fifteen_numbers_wrapped_over_two_lines()
    {
        var table = Appeals(PdfWith("""
            行政复议→→→→→行政诉讼
            结果维持→结果纠正→其他结果→尚未审结→总计→未经复议直接起诉→复议后起诉
            2→0→1→0→3→0→0→0→1
            1→0→0→0→1→1
            """));

        Assert.Equal([2m, 0m, 1m, 0m, 3m], Row(table, "reconsideration"));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], Row(table, "litigationDirect"));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], Row(table, "litigationAfterReconsideration"));
    }

    [Fact]
    public void Reads_one_row_per_group()
    {
        var table = Appeals(PdfWith("""
            项目→结果维持→结果纠正→其他结果→尚未审结→总计
            行政复议→2→1→0→0→3
            行政诉讼（未经复议直接起诉）→0→0→0→1→1
            行政诉讼（复议后起诉）→0→0→1→0→1
            """));

        Assert.Equal(Groups, table.Rows.Select(r => r.Key));
        Assert.Equal([2m, 1m, 0m, 0m, 3m], Row(table, "reconsideration"));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], Row(table, "litigationDirect"));
        Assert.Equal([0m, 0m, 1m, 0m, 1m], Row(table, "litigationAfterReconsideration"));
    }

    [Fact]
    public void Reads_the_five_cells_in_the_order_the_header_prints_them()
    {
        var table = Appeals(PdfWith("""
            项目→总计→结果维持→结果纠正→其他结果→尚未审结
            行政复议→3→2→1→0→0
            未经复议直接起诉→1→0→0→0→1
            复议后起诉→0→0→0→0→0
            """));

        Assert.Equal(["upheld", "corrected", "other", "pending", "total"], table["reconsideration"]!.Cells.Select(c => c.Column));
        Assert.Equal([2m, 1m, 0m, 0m, 3m], Row(table, "reconsideration"));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], Row(table, "litigationDirect"));
    }

    [Fact]
    public void Keeps_the_groups_a_report_prints_and_leaves_out_the_others()
    {
        var table = Appeals(PdfWith("""
            项目→结果维持→结果纠正→其他结果→尚未审结→总计
            行政复议→1→0→0→0→1
            """));

        Assert.Equal(["reconsideration"], table.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Places_a_vanished_blank_in_the_group_whose_total_it_keeps()
    {
        // 14 numbers: a blank of 行政复议 vanished. The totals put it in that group, so the litigation groups are
        // read right; where in the group it was, the sums cannot tell (any of the four parts keeps 总计 = 6).
        var result = ReportParser.ParseText(PdfWith("""
            行政复议→→→→→行政诉讼
            结果维持→结果纠正→其他结果→尚未审结→总计→未经复议直接起诉→复议后起诉
            2→1→3→6→0→0→0→0→0→1→0→0→0→1
            """));
        var table = result.Report?.Appeals;

        Assert.NotNull(table);
        var reconsideration = Row(table, "reconsideration");
        Assert.Equal(6m, reconsideration[4]);
        Assert.Single(reconsideration, v => v is null);
        Assert.Equal([0m, 0m, 0m, 0m, 0m], Row(table, "litigationDirect"));
        Assert.Equal([1m, 0m, 0m, 0m, 1m], Row(table, "litigationAfterReconsideration"));
        Assert.Contains(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ColumnsAmbiguous);
    }

    [Fact]
    public void Reports_a_placement_the_group_totals_cannot_decide()
    {
        var result = ReportParser.ParseText(PdfWith("""
            行政复议→→→→→行政诉讼
            结果维持→结果纠正→其他结果→尚未审结→总计→未经复议直接起诉→复议后起诉
            0→0→0→0→0→0→0→0→0→0→0→0→0→0
            """));

        Assert.NotNull(result.Report?.Appeals);
        Assert.Contains(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ColumnsAmbiguous && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Reads_a_grid_keeping_blank_cells_in_their_columns()
    {
        var table = Appeals("""
            # 荻港镇人民政府2021年政府信息公开工作年度报告

            ## 一、总体情况

            全年主动公开信息300条。

            ## 四、政府信息公开行政复议、行政诉讼情况

            | 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |
            |  |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |  |  |  |  |  |

            ## 五、存在的主要问题及改进情况

            公开形式还比较单一。
            """);

        Assert.Equal([0m, 1m, 0m, 0m, 1m], Row(table, "reconsideration"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m], Row(table, "litigationDirect"));
        Assert.All(table["litigationAfterReconsideration"]!.Cells, c => Assert.True(c.IsBlank));
    }

    [Fact]
    public void Reads_no_table_when_the_section_has_only_text()
    {
        var report = TestText.Report(PdfWith("本年度未发生政府信息公开行政复议和行政诉讼。"));

        Assert.Null(report.Appeals);
    }
}
