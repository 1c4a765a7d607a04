using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Reporting.Tabular;

/// <summary>The workbook's few cell formats; the style indexes are positions in <c>cellXfs</c>.</summary>
internal static class XlsxStyles
{
    /// <summary>The header row: bold on a light grey fill.</summary>
    public const uint Header = 1;

    /// <summary>A date: <c>yyyy-mm-dd</c>, whatever the reader's locale.</summary>
    public const uint Date = 2;

    /// <summary>Text: the "@" format, so that a cell the user edits stays text (<c>0012</c> keeps its zeros).</summary>
    public const uint Text = 3;

    private const uint DateFormatId = 164; // custom formats start at 164; lower ids are built in
    private const uint TextFormatId = 49; // built-in "@"

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }))
        { Count = 2 },
        // Fills 0 and 1 are reserved by Excel (none, gray125); ours start at 2.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = TextFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
