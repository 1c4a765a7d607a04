using System.Globalization;
using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Tables.Requests;

public sealed class RequestsTableMapperTests
{
    private static readonly string[] Keys2019 =
    [
        "newReceived", "carriedOver", "granted", "partiallyGranted",
        "withheld.stateSecret", "withheld.otherLaw", "withheld.security", "withheld.thirdParty",
        "withheld.internal", "withheld.process", "withheld.enforcement", "withheld.query",
        "unavailable.notHeld", "unavailable.needsCreation", "unavailable.unclear",
        "rejected.petition", "rejected.duplicate", "rejected.publication", "rejected.excessive", "rejected.confirmation",
        "other", "total", "carriedForward",
    ];

    private static ReportTable Requests(string text)
    {
        var table = TestText.Report(text).Requests;
        Assert.NotNull(table);
        return table;
    }

    private static decimal?[] Row(ReportTable table, string key) => table[key]!.Cells.Select(c => c.Value).ToArray();

    // A minimal 2021 report around table 三 rows given as PDF text.
    private static string Pdf2021With(string tableRows) => TestText.Tabs($"""
        棠梨县水务局2021年政府信息公开工作年度报告
        一、总体情况
        本局认真贯彻《条例》。
        三、收到和处理政府信息公开申请情况
        （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）→→申请人情况
        {tableRows}
        五、存在的主要问题及改进情况
        政策解读的形式还比较单一。
        """);

    [Fact]
    public void Reads_every_row_of_a_2019_docx_table_in_template_order()
    {
        var table = Requests(Reports.Docx2019);

        Assert.Equal(Keys2019, table.Rows.Select(r => r.Key));
        Assert.False(table.Incomplete);
        Assert.Equal([10m, 2m, 0m, 0m, 1m, 0m, 13m], Row(table, "newReceived"));
        Assert.Equal([2m, 1m, 0m, 0m, 1m, 0m, 4m], Row(table, "unavailable.notHeld"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], Row(table, "other"));
        Assert.Equal(["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other", "total"], table["total"]!.Cells.Select(c => c.Column));
    }

    [Fact]
    public void Reads_the_three_other_rows_of_the_2021_format()
    {
        var table = Requests(Reports.Pdf2021);

        Assert.Null(table["other"]);
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Row(table, "other.noCorrection"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], Row(table, "other.unpaidFee"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 1m, 1m], Row(table, "other.other"));
        Assert.Equal(25, table.Rows.Count);
    }

    [Fact]
    public void Reads_a_table_broken_by_a_page_number_and_a_sidebar_with_the_row_header_repeated()
    {
        var result = ReportParser.ParseText(Reports.Pdf2021);
        var table = result.Report?.Requests;

        Assert.NotNull(table);
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Row(table, "withheld.process"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], Row(table, "withheld.enforcement"));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Row(table, "withheld.query"));
        Assert.Equal([21m, 3m, 0m, 1m, 0m, 1m, 26m], Row(table, "total"));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Row(table, "carriedForward"));
        Assert.DoesNotContain(result.Report!.ReadingDiagnostics, d => d.Code is DiagnosticCodes.UnrecognizedRow or DiagnosticCodes.DuplicateRow or DiagnosticCodes.ColumnsAmbiguous);
    }

    [Fact]
    public void Drops_the_stray_empty_cells_of_pdf_rows()
    {
        var table = Requests(Reports.Pdf2021);

        Assert.Equal([20m, 3m, 0m, 1m, 0m, 1m, 25m], Row(table, "newReceived"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], Row(table, "rejected.excessive"));
    }

    [Fact]
    public void Keeps_a_slash_blank_and_not_zero()
    {
        var table = Requests(Reports.Pdf2021);

        var cell = table.CellAt("withheld.otherLaw", "commercial");
        Assert.NotNull(cell);
        Assert.Equal(CellState.Blank, cell.State);
        Assert.Null(cell.Value);
        Assert.Equal("/", cell.Raw);
        Assert.Equal(0m, table.ValueAt("withheld.otherLaw", "naturalPerson"));
    }

    [Fact]
    public void Places_a_vanished_blank_cell_where_the_sums_balance()
    {
        var result = ReportParser.ParseText(Reports.PdfSpaces2019);
        var table = result.Report?.Requests;

        Assert.NotNull(table);
        Assert.Equal([3m, 2m, null, 1m, 0m, 1m, 7m], Row(table, "granted"));
        Assert.True(table.CellAt("granted", "research")?.IsBlank);
        var chosen = Assert.Single(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ColumnsChosenBySums);
        Assert.Equal(Severity.Info, chosen.Severity);
        Assert.Equal([new CellRef(TableKind.Requests, "granted")], chosen.Cells);
        Assert.Contains("科研机构", chosen.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ColumnsAmbiguous);
    }

    [Fact]
    public void Reads_space_separated_rows_with_spaced_out_cells()
    {
        var table = Requests(Reports.PdfSpaces2019);

        Assert.Equal([4m, 2m, 0m, 1m, 0m, 1m, 8m], Row(table, "newReceived"));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Row(table, "partiallyGranted"));
        Assert.Equal([4m, 2m, 0m, 1m, 0m, 1m, 8m], Row(table, "total"));
    }

    [Fact]
    public void Reports_a_placement_the_sums_cannot_decide_and_takes_the_first_that_balances()
    {
        // Six numbers for seven columns and no other rows: the row total holds wherever the blank goes among
        // the six applicant columns.
        var result = ReportParser.ParseText(Pdf2021With("一、本年新收政府信息公开申请数量→3→2→1→0→1→7"));
        var table = result.Report?.Requests;

        Assert.NotNull(table);
        Assert.Equal([3m, 2m, 1m, 0m, 1m, null, 7m], Row(table, "newReceived"));
        var ambiguous = Assert.Single(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ColumnsAmbiguous);
        Assert.Equal(Severity.Warning, ambiguous.Severity);
    }

    [Fact]
    public void Marks_a_table_cut_short_as_incomplete_and_keeps_the_rows_it_has()
    {
        var cut = Reports.Pdf2021[..(Reports.Pdf2021.IndexOf("5．属于三类内部事务信息", StringComparison.Ordinal) + 40)];

        var table = Requests(cut);

        Assert.True(table.Incomplete);
        Assert.Equal(Keys2019[..9], table.Rows.Select(r => r.Key));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], Row(table, "withheld.internal"));
    }

    [Fact]
    public void Marks_a_grid_table_cut_after_its_first_withheld_row_as_incomplete()
    {
        var table = Requests(Reports.MarkdownGrid2021);

        Assert.True(table.Incomplete);
        Assert.Equal(["newReceived", "carriedOver", "granted", "partiallyGranted", "withheld.stateSecret"], table.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Reads_grid_rows_whose_label_columns_are_empty_by_column()
    {
        var table = Requests(Reports.MarkdownGrid2021);

        Assert.Equal([3m, 1m, null, null, null, null, 4m], Row(table, "newReceived"));
        Assert.Equal([0m, null, null, null, null, null, 0m], Row(table, "carriedOver"));
        Assert.Equal([1m, null, null, null, null, null, 1m], Row(table, "partiallyGranted"));
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], Row(table, "withheld.stateSecret"));
        Assert.Equal("L33:c10", table.CellAt("newReceived", "total")?.Source.ToCompactString());
    }

    [Fact]
    public void Joins_a_label_printed_alone_with_the_values_on_the_next_line()
    {
        var table = Requests(Pdf2021With("""
            一、本年新收政府信息公开申请数量
            2→0→0→0→0→0→2
            四、结转下年度继续办理
            1→0→0→0→0→0→1
            """));

        Assert.Equal([2m, 0m, 0m, 0m, 0m, 0m, 2m], Row(table, "newReceived"));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Row(table, "carriedForward"));
    }

    [Fact]
    public void Matches_a_label_with_a_typo_and_notes_it()
    {
        var result = ReportParser.ParseText(Pdf2021With("""
            →（三）不予公开→1．属于国家秘密→0→0→0→0→0→0→0
            →→2．其他法律行政止公开→1→0→0→0→0→0→1
            """));

        Assert.Equal(1m, result.Report?.Requests?.ValueAt("withheld.otherLaw", "total"));
        var note = Assert.Single(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ApproximateLabel);
        Assert.Equal([new CellRef(TableKind.Requests, "withheld.otherLaw")], note.Cells);
    }

    [Fact]
    public void Keeps_the_first_of_a_row_printed_twice_and_warns_when_the_values_differ()
    {
        var result = ReportParser.ParseText(Pdf2021With("""
            一、本年新收政府信息公开申请数量→2→0→0→0→0→0→2
            一、本年新收政府信息公开申请数量→3→0→0→0→0→0→3
            """));

        Assert.Equal(2m, result.Report?.Requests?.ValueAt("newReceived", "total"));
        Assert.Equal(Severity.Warning, Assert.Single(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.DuplicateRow).Severity);
    }

    [Fact]
    public void Keeps_a_row_repeated_with_the_same_values_silently()
    {
        var result = ReportParser.ParseText(Pdf2021With("""
            一、本年新收政府信息公开申请数量→2→0→0→0→0→0→2
            一、本年新收政府信息公开申请数量→2→0→0→0→0→0→2
            """));

        Assert.DoesNotContain(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.DuplicateRow);
    }

    [Fact]
    public void Notes_a_row_with_values_that_is_not_in_the_template()
    {
        var result = ReportParser.ParseText(Pdf2021With("""
            一、本年新收政府信息公开申请数量→2→0→0→0→0→0→2
            其中：网上申请→1→0→0→0→0→0→1
            """));

        var note = Assert.Single(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.UnrecognizedRow);
        Assert.Contains("网上申请", note.Message, StringComparison.Ordinal);
        Assert.Equal(["newReceived"], result.Report?.Requests?.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Drops_an_empty_2021_other_group_line_above_its_sub_rows()
    {
        var table = Requests(Pdf2021With("""
            →（六）其他处理→→→→→→→→
            →→1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请→1→0→0→0→0→0→1
            →→2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请→0→0→0→0→0→0→0
            →→3.其他→0→0→0→0→0→0→0
            """));

        Assert.Equal(["other.noCorrection", "other.unpaidFee", "other.other"], table.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Records_the_line_and_cell_of_every_value()
    {
        var text = TestText.Tabs("""
            荻港镇人民政府2021年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            →申请人情况

            →一、本年新收政府信息公开申请数量
            →3
            →1
            →0
            →0
            →0
            →0
            →4

            →二、上年结转政府信息
            公开申请数量
            →0
            →0
            →/
            →0
            →0
            →0
            →0

            →三、本年度办理结果
            →（一）予以公开
            →2
            →1
            →0
            →0
            →0
            →0
            →3
            """);

        var table = Requests(text);

        var dump = new StringBuilder();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                dump.Append(CultureInfo.InvariantCulture, $"{row.Key}.{cell.Column}={cell.Source.ToCompactString()}\n");
            }
        }

        Assert.Equal("""
            newReceived.naturalPerson=L6:c2
            newReceived.commercial=L7:c3
            newReceived.research=L8:c4
            newReceived.publicInterest=L9:c5
            newReceived.legalService=L10:c6
            newReceived.other=L11:c7
            newReceived.total=L12:c8
            carriedOver.naturalPerson=L16:c2
            carriedOver.commercial=L17:c3
            carriedOver.research=L18:c4
            carriedOver.publicInterest=L19:c5
            carriedOver.legalService=L20:c6
            carriedOver.other=L21:c7
            carriedOver.total=L22:c8
            granted.naturalPerson=L26:c3
            granted.commercial=L27:c4
            granted.research=L28:c5
            granted.publicInterest=L29:c6
            granted.legalService=L30:c7
            granted.other=L31:c8
            granted.total=L32:c9

            """, dump.ToString());
        Assert.True(table.CellAt("carriedOver", "research")?.IsBlank);
        Assert.Equal("L5", table["newReceived"]!.Source.ToCompactString());
    }

    [Fact]
    public void Reads_an_empty_docx_cell_as_a_blank_in_its_column()
    {
        var table = Requests(TestText.Docx("""
            梧桐市档案局2021年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            →申请人情况
            →一、本年新收政府信息公开申请数量→3→1→→0→0→0→4
            →二、上年结转政府信息公开申请数量→0→0→0→0→0→0→0
            """));

        Assert.Equal([3m, 1m, null, 0m, 0m, 0m, 4m], Row(table, "newReceived"));
    }

    [Fact]
    public void Reads_a_grid_whose_header_is_shifted_one_cell_right_and_whose_rows_end_in_an_empty_cell()
    {
        var table = Requests("""
            # 丹溪县气象局2021年政府信息公开工作年度报告
            ## 一、总体情况
            本局认真贯彻《条例》。
            ## 三、收到和处理政府信息公开申请情况
            |  | （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |
            |---|---|---|---|---|---|---|---|---|---|---|
            |  |  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |
            |  |  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |
            | 一、本年新收政府信息公开申请数量 |  |  | 18 | 4 | 0 | 1 | 1 | 0 | 24 |  |
            | 二、上年结转政府信息公开申请数量 |  |  | 1 | 1 | 0 | 0 | 0 | 0 | 2 |  |
            ## 五、存在的主要问题及改进情况
            政策解读的形式还比较单一。
            """);

        Assert.Equal([18m, 4m, 0m, 1m, 1m, 0m, 24m], Row(table, "newReceived"));
        Assert.Equal([1m, 1m, 0m, 0m, 0m, 0m, 2m], Row(table, "carriedOver"));
    }

    [Fact]
    public void Keeps_an_empty_total_column_of_a_grid_blank()
    {
        var table = Requests("""
            # 丹溪县气象局2021年政府信息公开工作年度报告
            ## 一、总体情况
            本局认真贯彻《条例》。
            ## 三、收到和处理政府信息公开申请情况
            | （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |
            |---|---|---|---|---|---|---|---|---|---|
            |  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |
            | 一、本年新收政府信息公开申请数量 |  |  | 18 | 4 | 0 | 1 | 1 | 0 |  |
            ## 五、存在的主要问题及改进情况
            政策解读的形式还比较单一。
            """);

        Assert.Equal([18m, 4m, 0m, 1m, 1m, 0m, null], Row(table, "newReceived"));
    }
}
