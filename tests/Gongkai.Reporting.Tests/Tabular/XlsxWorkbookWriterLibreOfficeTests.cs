using Gongkai.Reporting.Tabular;
using Gongkai.Reporting.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Reporting.Tests.Tabular;

/// <summary>LibreOffice, an independent reader, opens what <see cref="XlsxWorkbookWriter"/> writes.</summary>
public sealed class XlsxWorkbookWriterLibreOfficeTests
{
    [LibreOfficeFact(Calc = true)]
    public void LibreOffice_reads_every_sheet_with_its_chinese_text_numbers_and_dates()
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-xlsx-").FullName;
        try
        {
            var workbook = Path.Combine(folder, "导出.xlsx");
            using (var file = File.Create(workbook))
            {
                XlsxWorkbookWriter.Write(file, [SampleTables.Issues(), SampleTables.Issues("区域合计"), SampleTables.Of("表三", TabularType.Text, "=1+1", "0012")]);
            }

            var sheets = LibreOffice.SheetsAsCsv(workbook);

            Assert.Equal(["区域合计", "表三", "问题清单"], sheets.Keys.Order(StringComparer.Ordinal));
            // Text cells come back quoted, numbers and dates bare: the cell types survived.
            string[] issues =
            [
                "\"机关名称\",\"问题数\",\"金额（万元）\",\"发布日期\"",
                "\"示例县人民政府办公室\",3,4195.8936,2024-01-31",
                "\"示例县财政局\",0,0.5,",
                ",12,-1.25,2023-12-31",
            ];
            Assert.Equal(issues, sheets["问题清单"]);
            Assert.Equal(issues, sheets["区域合计"]);
            Assert.Equal(["\"值\"", "\"=1+1\"", "\"0012\""], sheets["表三"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
