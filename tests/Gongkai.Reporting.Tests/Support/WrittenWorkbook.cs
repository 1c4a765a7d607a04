using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.Tests.Support;

/// <summary>A workbook written by <see cref="XlsxWorkbookWriter"/> and opened again with the Open XML SDK.</summary>
internal sealed class WrittenWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;

    private WrittenWorkbook(SpreadsheetDocument document)
    {
        _document = document;
    }

    public SpreadsheetDocument Document => _document;

    public WorkbookPart Part => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Stylesheet Styles => Part.WorkbookStylesPart!.Stylesheet;

    public static WrittenWorkbook Of(params TabularSheet[] sheets)
    {
        var stream = new MemoryStream();
        XlsxWorkbookWriter.Write(stream, sheets);
        stream.Position = 0;
        return new WrittenWorkbook(SpreadsheetDocument.Open(stream, isEditable: false));
    }

    public Worksheet Sheet(string name)
    {
        var sheet = Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Part.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The cell's inline text, asserting that it is an inline string.</summary>
    public string Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"no cell {reference}");
        Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
        Assert.Null(cell.CellFormula);
        return cell.InlineString!.InnerText;
    }

    /// <summary>The cell's number as written, asserting that it is a numeric cell.</summary>
    public string Number(string sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"no cell {reference}");
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number);
        return cell.CellValue!.Text;
    }

    /// <summary>The number format code of the cell's style, or null for General.</summary>
    public string? FormatCode(string sheet, string reference)
    {
        var style = (int)(Cell(sheet, reference)!.StyleIndex?.Value ?? 0);
        var format = Styles.CellFormats!.Elements<CellFormat>().ElementAt(style);
        var id = format.NumberFormatId?.Value ?? 0;
        return id == 0 ? null : Styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin {id}";
    }

    public void Dispose() => _document.Dispose();
}
