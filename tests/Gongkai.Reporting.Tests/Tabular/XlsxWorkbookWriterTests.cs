using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Reporting.Tabular;
using Gongkai.Reporting.Tests.Support;

namespace Gongkai.Reporting.Tests.Tabular;

public sealed class XlsxWorkbookWriterTests
{
    [Fact]
    public void Workbook_is_valid_against_the_office_schema()
    {
        // Excel refuses, or "repairs", a file that LibreOffice opens happily; the SDK's validator holds its schema.
        using var book = WrittenWorkbook.Of(SampleTables.Issues(), SampleTables.Issues("区域合计"), SampleTables.Of("旧", TabularType.Date, new DateOnly(1899, 1, 1)));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(book.Document);

        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void A_column_with_a_list_source_gets_a_drop_down_over_every_data_row_and_stays_valid()
    {
        var columns = new[]
        {
            new TabularColumn("申请人类型", TabularType.Text) { ListSource = "'说明'!$A$2:$A$7" },
            new TabularColumn("备注", TabularType.Text),
        };
        using var book = WrittenWorkbook.Of(new TabularSheet("登记台账", columns, [["自然人", null]]), new TabularSheet("说明", [new("可选值", TabularType.Text)], [["自然人"]]));

        var validation = Assert.Single(book.Sheet("登记台账").Descendants<DataValidation>());

        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("A2:A1048576", validation.SequenceOfReferences!.InnerText);
        Assert.Equal("'说明'!$A$2:$A$7", validation.Formula1!.Text);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(book.Document).Select(e => e.Description));
    }

    [Fact]
    public void Writes_text_as_inline_text_and_numbers_as_numeric_cells()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Issues());

        Assert.Equal("示例县人民政府办公室", book.Text("问题清单", "A2"));
        Assert.Equal("3", book.Number("问题清单", "B2"));
        Assert.Equal("4195.8936", book.Number("问题清单", "C2"));
        Assert.Equal("12", book.Number("问题清单", "B4"));
        Assert.Equal("-1.25", book.Number("问题清单", "C4"));
    }

    [Fact]
    public void Writes_decimals_in_invariant_notation_without_exponent_whatever_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            using var book = WrittenWorkbook.Of(SampleTables.Of("数", TabularType.Decimal, 0.0000001m, 12345678901234567890.5m, 1, 2.5d));

            Assert.Equal("0.0000001", book.Number("数", "A2"));
            Assert.Equal("12345678901234567890.5", book.Number("数", "A3"));
            Assert.Equal("1", book.Number("数", "A4"));
            Assert.Equal("2.5", book.Number("数", "A5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Writes_dates_as_serial_numbers_formatted_yyyy_mm_dd()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Issues());

        Assert.Equal("45322", book.Number("问题清单", "D2")); // 2024-01-31 in Excel's 1900 date system
        Assert.Equal("yyyy-mm-dd", book.FormatCode("问题清单", "D2"));
        Assert.Null(book.Cell("问题清单", "D3")); // blank stays blank, not zero
    }

    [Fact]
    public void Writes_dates_excel_cannot_show_as_text()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Of("旧", TabularType.Date, new DateOnly(1899, 1, 1)));

        Assert.Equal("1899-01-01", book.Text("旧", "A2"));
    }

    [Fact]
    public void Header_row_is_bold_filled_frozen_and_filtered()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Issues());
        var sheet = book.Sheet("问题清单");

        Assert.Equal(["机关名称", "问题数", "金额（万元）", "发布日期"], new[] {"A1", "B1", "C1", "D1" }.Select(r => book.Text("问题清单", r)));
        var style = book.Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)book.Cell("问题清单", "A1")!.StyleIndex!.Value);
        Assert.NotNull(book.Styles.Fonts!.Elements<Font>().ElementAt((int)style.FontId!.Value).Bold);
        Assert.Equal(PatternValues.Solid, book.Styles.Fills!.Elements<Fill>().ElementAt((int)style.FillId!.Value).PatternFill!.PatternType!.Value);

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:D4", sheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Contains(book.Part.Workbook.DefinedNames!.Elements<DefinedName>(), n => n.Name == "_xlnm._FilterDatabase" && n.Text == "'问题清单'!$A$1:$D$4");
    }

    [Fact]
    public void Column_widths_are_as_given_or_estimated_from_the_header()
    {
        TabularColumn[] columns = [new("机关名称", TabularType.Text), new("Name", TabularType.Text, 30), new("日期", TabularType.Date)];
        using var book = WrittenWorkbook.Of(new TabularSheet("宽", columns, []));

        var widths = book.Sheet("宽").Descendants<Column>().Select(c => c.Width!.Value).ToArray();
        Assert.Equal([12d, 30d, 12d], widths); // 4 汉字 = 8 cells + 4 for the filter button; a date needs 12
    }

    [Fact]
    public void Writes_several_sheets_with_chinese_names_in_order()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Issues(), SampleTables.Issues("区域合计"), SampleTables.Of("表三", TabularType.Integer, 7));

        Assert.Equal(["问题清单", "区域合计", "表三"], book.SheetNames);
        Assert.Equal("示例县财政局", book.Text("区域合计", "A3"));
        Assert.Equal("7", book.Number("表三", "A2"));
    }

    [Fact]
    public void Makes_sheet_names_valid_and_unique()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Issues(), SampleTables.Issues("问题清单"), SampleTables.Issues("a/b:c"), SampleTables.Issues(" "));

        Assert.Equal(["问题清单", "问题清单 (2)", "a_b_c", "Sheet4"], book.SheetNames);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("0012")]
    [InlineData("+86 10 1234")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("-2")]
    public void Formula_or_number_looking_text_stays_text(string text)
    {
        using var book = WrittenWorkbook.Of(SampleTables.Of("文本", TabularType.Text, text));

        Assert.Equal(text, book.Text("文本", "A2"));
        Assert.Empty(book.Sheet("文本").Descendants<CellFormula>());
    }

    [Fact]
    public void Drops_characters_xml_cannot_hold()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Of("控制", TabularType.Text, "甲\u0001乙\u0000丙\uFFFE\uD800丁\t\n𠀀"));

        Assert.Equal("甲乙丙丁\t\n𠀀", book.Text("控制", "A2"));
    }

    [Fact]
    public void Keeps_leading_and_trailing_spaces()
    {
        using var book = WrittenWorkbook.Of(SampleTables.Of("空格", TabularType.Text, "  缩进 "));

        Assert.Equal("  缩进 ", book.Text("空格", "A2"));
    }

    [Fact]
    public void Enumerates_rows_once()
    {
        var enumerations = 0;
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            enumerations++;
            yield return [1];
        }

        using var book = WrittenWorkbook.Of(new TabularSheet("一次", [new("值", TabularType.Integer)], Rows()));

        Assert.Equal(1, enumerations);
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var buffer = new MemoryStream();
        XlsxWorkbookWriter.Write(new ForwardOnlyStream(buffer), [SampleTables.Issues()]);

        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, isEditable: false);
        Assert.Equal("问题清单", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public void Refuses_more_rows_than_an_excel_sheet_holds()
    {
        // Blank rows write no cells, so reaching the limit is quick.
        var rows = Enumerable.Repeat<IReadOnlyList<object?>>([null], 1_048_576);
        var sheet = new TabularSheet("明细", [new("值", TabularType.Integer)], rows);

        var error = Assert.Throws<TabularLimitException>(() => XlsxWorkbookWriter.Write(new ForwardOnlyStream(Stream.Null), [sheet]));

        Assert.Equal("工作表“明细”超过 Excel 的 1,048,576 行上限，请改用 CSV 导出。", error.Message);
    }

    [Fact]
    public void Refuses_a_value_that_does_not_fit_its_column()
    {
        var error = Assert.Throws<ArgumentException>(() => WrittenWorkbook.Of(SampleTables.Of("错", TabularType.Integer, "12")));

        Assert.Contains("Integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_row_with_the_wrong_number_of_values()
    {
        var sheet = new TabularSheet("错", SampleTables.IssueColumns, [["只有一格"]]);

        Assert.Throws<ArgumentException>(() => WrittenWorkbook.Of(sheet));
    }
}
