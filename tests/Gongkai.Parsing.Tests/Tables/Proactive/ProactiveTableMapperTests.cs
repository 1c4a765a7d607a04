using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Tables.Proactive;

public sealed class ProactiveTableMapperTests
{
    private static ReportTable Proactive(string text)
    {
        var table = TestText.Report(text).Proactive;
        Assert.NotNull(table);
        return table;
    }

    // A minimal 2021 report around a table 二 given as PDF text rows.
    private static string Pdf2021With(string tableRows) => TestText.Tabs($"""
        棠梨县水务局2021年政府信息公开工作年度报告
        一、总体情况
        本局认真贯彻《条例》。
        二、主动公开政府信息情况
        {tableRows}
        三、收到和处理政府信息公开申请情况
        本年度未收到政府信息公开申请。
        """);

    [Theory]
    [InlineData("licensing", "change", 3)]
    [InlineData("otherServices", "change", -1)]
    [InlineData("punishment", "change", -2)]
    [InlineData("coercion", "change", 1)]
    [InlineData("fees", "change", 0)]
    [InlineData("normativeDocuments", "totalPublished", 21)]
    [InlineData("licensing", "decisions", 150)]
    [InlineData("procurement", "projects", 6)]
    public void Reads_the_2019_table_with_signed_changes(string row, string column, int expected)
    {
        var table = Proactive(Reports.Docx2019);

        Assert.Equal(expected, table.ValueAt(row, column));
    }

    [Fact]
    public void Reads_the_columns_of_each_item_from_its_own_header()
    {
        var table = Proactive(Reports.Docx2019);

        Assert.Equal(["newlyMade", "newlyPublished", "totalPublished"], table["rules"]!.Cells.Select(c => c.Column));
        Assert.Equal(["previousItems", "change", "decisions"], table["punishment"]!.Cells.Select(c => c.Column));
        Assert.Equal(["previousItems", "change"], table["fees"]!.Cells.Select(c => c.Column));
        Assert.Equal(["projects", "amount"], table["procurement"]!.Cells.Select(c => c.Column));
        Assert.Equal(CellKind.Change, table.CellAt("licensing", "change")?.Kind);
    }

    [Fact]
    public void Converts_yi_yuan_to_wan_yuan_and_notes_it()
    {
        var result = ReportParser.ParseText(Reports.Docx2019);

        var amount = result.Report?.Proactive?.CellAt("procurement", "amount");
        Assert.NotNull(amount);
        Assert.Equal(21400m, amount.Value);
        Assert.Equal("2.14亿元", amount.Raw);
        Assert.Contains(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ValueConverted && d.Cells.Contains(new CellRef(TableKind.Proactive, "procurement", "amount")));
    }

    [Fact]
    public void Keeps_a_blank_cell_blank_and_not_zero()
    {
        var table = Proactive(Reports.Docx2019);

        var decisions = table.CellAt("coercion", "decisions");
        Assert.NotNull(decisions);
        Assert.True(decisions.IsBlank);
        Assert.Null(decisions.Value);
        Assert.Equal(0m, table.ValueAt("rules", "newlyMade"));
        Assert.False(table.CellAt("rules", "newlyMade")!.IsBlank);
    }

    [Fact]
    public void Reads_the_2021_table_with_a_wan_yuan_amount()
    {
        var table = Proactive(Reports.Pdf2021);

        Assert.Equal(["rules", "normativeDocuments", "licensing", "punishment", "coercion", "fees"], table.Rows.Select(r => r.Key));
        Assert.Equal(4195.8936m, table.ValueAt("fees", "amount"));
        Assert.Equal(CellKind.Money, table.CellAt("fees", "amount")?.Kind);
        Assert.Equal(33m, table.ValueAt("normativeDocuments", "inForce"));
        Assert.Equal(860m, table.ValueAt("licensing", "decisions"));
        Assert.True(table.CellAt("coercion", "decisions")?.IsBlank);
    }

    [Theory]
    [InlineData("本年收费金额（单位：万元）", "107.20", 107.20)]
    [InlineData("本年收费金额（单位：万元）", "2.14亿元", 21400)]
    [InlineData("本年收费金额（单位：元）", "15000", 1.5)]
    [InlineData("本年收费金额（单位：元）", "3万元", 3)]
    public void Reads_money_in_wan_yuan_using_the_printed_or_header_unit(string header, string printed, double expected)
    {
        var table = Proactive(Pdf2021With($"""
            第二十条第（八）项→→→
            信息内容→{header}→→
            行政事业性收费→{printed}→→
            """));

        Assert.Equal((decimal)expected, table.ValueAt("fees", "amount"));
    }

    [Fact]
    public void Reads_a_row_without_a_header_with_the_template_columns()
    {
        var table = Proactive(Pdf2021With("""
            第二十条第（六）项
            行政处罚→47
            行政强制→3
            """));

        Assert.Equal(47m, table.ValueAt("punishment", "decisions"));
        Assert.Equal(3m, table.ValueAt("coercion", "decisions"));
    }

    [Fact]
    public void Reads_labels_spaced_out_by_pdf_extraction()
    {
        var table = Proactive(Pdf2021With("""
            第二十条第（一）项
            信息内容→本年制发件数→本年废止件数→现行有效件数
            规 章→0→0→1
            行政 规范性 文件→5→1→33
            """));

        Assert.Equal(1m, table.ValueAt("rules", "inForce"));
        Assert.Equal(5m, table.ValueAt("normativeDocuments", "issued"));
    }

    [Fact]
    public void Reads_a_grid_by_column_keeping_blank_cells_in_place()
    {
        var table = Proactive(Reports.MarkdownGrid2021);

        Assert.Equal(2m, table.ValueAt("normativeDocuments", "issued"));
        Assert.True(table.CellAt("normativeDocuments", "repealed")?.IsBlank);
        Assert.Equal(9m, table.ValueAt("normativeDocuments", "inForce"));
        Assert.All(table["rules"]!.Cells, c => Assert.Equal(CellState.Blank, c.State));
        Assert.Equal("/", table.CellAt("rules", "issued")?.Raw);
    }

    [Fact]
    public void Reads_a_grid_row_shorter_than_its_header()
    {
        var table = Proactive(Reports.MarkdownGrid2021);

        Assert.Equal(0m, table.ValueAt("coercion", "decisions"));
        Assert.Equal(0.5m, table.ValueAt("fees", "amount"));
    }

    [Theory]
    [InlineData("上一年项目数量本年收费金额（单位：万元）", "107.20", 107.20)]
    [InlineData("上一年项目本年收费金额（单位：元）", "15000", 1.5)]
    public void Reads_the_fee_column_under_two_headers_run_together_with_its_unit(string header, string printed, double expected)
    {
        var table = Proactive(Pdf2021With($"""
            第二十条第（八）项→→→
            信息内容→{header}→→
            行政事业性收费→{printed}→→
            """));

        Assert.Equal((decimal)expected, table.ValueAt("fees", "amount"));
        Assert.Equal(CellKind.Money, table.CellAt("fees", "amount")?.Kind);
    }

    [Fact]
    public void Reads_a_misspelt_header_as_the_column_it_resembles_and_says_so()
    {
        var report = TestText.Report(TestText.Tabs("""
            梧桐县档案局2019年政府信息公开工作年度报告
            一、总体情况
            本局认真贯彻《条例》。
            二、主动公开政府信息情况
            第二十条第（五）项
            信息内容→上一年年目数量→本年增/减→处理决定数量
            行政许可→12→+3→40
            三、收到和处理政府信息公开申请情况
            本年度未收到政府信息公开申请。
            """));

        Assert.Equal(12m, report.Proactive?.ValueAt("licensing", "previousItems"));
        Assert.Equal(3m, report.Proactive?.ValueAt("licensing", "change"));
        var note = Assert.Single(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ApproximateLabel);
        Assert.Contains("上一年年目数量", note.Message, StringComparison.Ordinal);
        Assert.Contains("上一年项目数量", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("上一年年目数量", "previousItems")]
    [InlineData("本年新制做数量", "newlyMade")]
    [InlineData("本年制法件数", "issued")]
    public void Matches_a_misspelt_header_to_the_closest_catalogue_header(string header, string expected)
    {
        Assert.Equal(expected, Gongkai.Parsing.Tables.Proactive.ProactiveLabels.Resembling(header)?.Spec.Key);
    }

    [Theory]
    [InlineData("备注")]
    [InlineData("本年数量")]
    public void Does_not_match_a_header_that_resembles_no_column(string header)
    {
        Assert.Null(Gongkai.Parsing.Tables.Proactive.ProactiveLabels.Resembling(header));
    }

    [Fact]
    public void Reads_values_cut_narrower_than_their_header_in_the_column_of_the_header_over_them()
    {
        // As a table pasted from Word reaches a grid: each header spans two columns, each value sits in one of them.
        var table = Proactive("""
            # 青禾县农业农村局2021年政府信息公开工作年度报告

            ## 一、总体情况

            本局认真贯彻《条例》。

            ## 二、主动公开政府信息情况

            | 第二十条第（一）项 |  |  |  |  |  |  |
            |---|---|---|---|---|---|---|
            | 信息内容 | 本年制发件数 |  | 本年废止件数 |  | 现行有效件数 |  |
            | 规章 | / |  |  | / |  | / |
            | 行政规范性文件 |  | 3 | 1 |  |  | 12 |

            ## 三、收到和处理政府信息公开申请情况

            本年度未收到政府信息公开申请。
            """);

        Assert.Equal(3m, table.ValueAt("normativeDocuments", "issued"));
        Assert.Equal(1m, table.ValueAt("normativeDocuments", "repealed"));
        Assert.Equal(12m, table.ValueAt("normativeDocuments", "inForce"));
        Assert.True(table.CellAt("rules", "repealed")?.IsBlank);
        Assert.True(table.CellAt("rules", "inForce")?.IsBlank);
    }
}
