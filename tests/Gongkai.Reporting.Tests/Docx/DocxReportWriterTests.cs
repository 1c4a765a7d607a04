using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Docx;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Tests.Docx;

public sealed class DocxReportWriterTests
{
    [Fact]
    public void Prints_a_line_break_in_a_cell_as_a_Word_line_break()
    {
        var table = new LaidOutTable("表", 1, [[new LaidOutCell("本年新\n公开数量")]]);
        var document = new ReportDocument("示例县财政局2024年政府信息公开工作年度报告", "", [new ReportDocument.Part("二、主动公开政府信息情况", [], table)], "示例县财政局", null);
        using var stream = new MemoryStream();

        DocxReportWriter.Write(document, stream);

        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        var run = word.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().Single().Descendants<Run>().Single();
        Assert.Equal(["本年新", "\n", "公开数量"], run.ChildElements.Where(e => e is Text or Break).Select(e => e is Break ? "\n" : e.InnerText));
    }
}
