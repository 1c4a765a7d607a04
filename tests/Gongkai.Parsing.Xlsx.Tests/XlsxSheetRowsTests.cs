using Gongkai.Parsing.Reading;
using static Gongkai.Parsing.Xlsx.Tests.XlsxFiles;

namespace Gongkai.Parsing.Xlsx.Tests;

public sealed class XlsxSheetRowsTests
{
    [Fact]
    public void Reads_the_named_sheets_cells_in_their_columns_ruled_or_not_and_skips_empty_rows()
    {
        var bytes = Create(
        [
            new Sheet("说明", Row(1, Str("A1", "不是这张"))),
            new Sheet("登记台账", Row(1, Str("A1", "申请编号"), Str("C1", "申请人", style: 1)) + Row(3, Str("A3", "2026-0001"), Number("B3", "46000"))),
        ]);

        var rows = XlsxSheetRows.Read(bytes, "台账.xlsx", XlsxReaderLimits.Default, "登记台账");
        var first = XlsxSheetRows.Read(bytes, "台账.xlsx", XlsxReaderLimits.Default, "没有这张");

        Assert.Equal([1, 3], rows.Select(r => r.Row));
        Assert.Equal(["申请编号", "", "申请人"], rows[0].Cells);
        Assert.Equal(["2026-0001", "46000"], rows[1].Cells);
        Assert.Equal("不是这张", Assert.Single(Assert.Single(first).Cells));
    }

    [Fact]
    public void Refuses_a_dtd_too_many_cells_and_a_zip_that_is_no_workbook_naming_the_file()
    {
        var dtd = Zip(new() { ["xl/workbook.xml"] = """<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""" });
        var big = Create([new Sheet("S", string.Concat(Enumerable.Range(1, 20).Select(i => Row(i, Number($"A{i}", "1")))))]);
        var docx = Zip(new() { ["word/document.xml"] = "<w:document/>" });

        Assert.StartsWith("台账.xlsx：", Assert.Throws<UnreadableInputException>(() => XlsxSheetRows.Read(dtd, "台账.xlsx", XlsxReaderLimits.Default)).Message, StringComparison.Ordinal);
        Assert.Contains("单元格过多", Assert.Throws<UnreadableInputException>(() => XlsxSheetRows.Read(big, "台账.xlsx", new XlsxReaderLimits { MaxCells = 10 })).Message, StringComparison.Ordinal);
        Assert.Contains("不是 Excel", Assert.Throws<UnreadableInputException>(() => XlsxSheetRows.Read(docx, "台账.xlsx", XlsxReaderLimits.Default)).Message, StringComparison.Ordinal);
    }
}
