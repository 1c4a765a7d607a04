using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetNames = Gongkai.Reporting.Tabular.SheetNames;

namespace Gongkai.Reporting.FillIn;

/// <summary>
/// Writes a report as the fill-in workbook: a 正文 sheet (title, the six sections' headings and text, the 落款) and one
/// sheet per table laid out as the official format prints it. Labels and formulas are locked (sheet protection
/// without password); the inputs are unlocked, tinted and accept only what the cell holds (件数, 万元, 增/减);
/// totals are formulas. The same workbook serves as the skeleton (<c>gongkai new</c>) and as a rendering.
/// </summary>
/// <remarks>Read back by the XLSX reader: ruled regions are the tables, the 正文 sheet is text.</remarks>
public static class ReportWorkbookWriter
{
    private const int TextWidth = 80; // characters: an A4 portrait page at 100 %

    private const string Note = "填写说明：黄色单元格供填写（选中时有提示），其余单元格已锁定（工作表保护未设密码）；蓝色单元格为公式，自动合计。各表在后面的工作表中。填好后运行 gongkai render 本文件 --format docx 生成报告。";

    /// <summary>Writes <paramref name="document"/> to <paramref name="stream"/>.</summary>
    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var package = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = WorkbookStyles.Create();
        var sheets = new Sheets();
        var names = new SheetNames();
        AddSheet(workbookPart, sheets, names, "正文", TextSheet(document));
        foreach (var part in document.Parts)
        {
            if (part.Table is { } table)
            {
                AddSheet(workbookPart, sheets, names, SheetName(part.Heading), WorkbookTableSheet.Build(table));
            }
        }

        // Formulas written without a cached value (the skeleton's totals) are computed when the workbook is opened.
        workbookPart.Workbook = new Workbook(sheets, new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbookPart.Workbook.Save();
    }

    private static SheetBuilder TextSheet(ReportDocument document)
    {
        var sheet = new SheetBuilder();
        sheet.Width(1, TextWidth);
        var row = 1;
        sheet.Text(row, 1, Note, WorkbookStyles.Note);
        Fit(sheet, row++, Note, WorkbookStyles.NotePoints);
        sheet.Text(row, 1, document.Title, WorkbookStyles.Title);
        sheet.Input(InputRule.Title, row, 1);
        Fit(sheet, row++, document.Title, WorkbookStyles.TitlePoints);
        sheet.Text(row, 1, document.Opening, WorkbookStyles.Text);
        Fit(sheet, row++, document.Opening, WorkbookStyles.TextPoints);
        foreach (var part in document.Parts)
        {
            sheet.Text(row, 1, part.Heading, WorkbookStyles.Heading);
            Fit(sheet, row++, part.Heading, WorkbookStyles.HeadingPoints);
            var text = string.Join("\n", part.Paragraphs);
            sheet.Text(row, 1, text, WorkbookStyles.TextInput);
            sheet.Input(InputRule.SectionText, row, 1);
            Fit(sheet, row++, text.Length == 0 ? "\n\n" : text, WorkbookStyles.TextPoints); // an empty section leaves room to type
        }

        sheet.Text(row, 1, document.Signature, WorkbookStyles.SignatureInput);
        sheet.Input(InputRule.Signature, row++, 1);
        sheet.Text(row, 1, document.Date ?? "", WorkbookStyles.SignatureInput);
        sheet.Input(InputRule.Date, row, 1);
        return sheet;
    }

    private static void Fit(SheetBuilder sheet, int row, string text, double points) =>
        sheet.FitLines(row, SheetBuilder.Lines(text, TextWidth, points), points);

    // 二、主动公开政府信息情况 → 表二 主动公开政府信息情况; SheetNames makes it valid and unique.
    private static string SheetName(string heading)
    {
        var comma = heading.IndexOf('、', StringComparison.Ordinal);
        return comma is > 0 and < 3 ? $"表{heading[..comma]} {heading[(comma + 1)..]}" : heading;
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, SheetNames names, string name, SheetBuilder builder)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = builder.Build();
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = names.Claim(name) });
    }
}
