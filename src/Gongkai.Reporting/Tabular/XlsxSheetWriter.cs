using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Reporting.Tabular;

/// <summary>
/// Writes one worksheet with <see cref="OpenXmlWriter"/>, a row at a time, so memory does not grow with the row
/// count: no sheet DOM, and inline strings instead of a shared-string table (which would grow with the data).
/// </summary>
internal static class XlsxSheetWriter
{
    /// <summary>Excel's 1,048,576 rows, less the header row.</summary>
    public const long MaxDataRows = 1_048_575;

    /// <summary>The most characters Excel keeps in one cell.</summary>
    public const int MaxCellText = 32_767;

    // Excel's day 0 is 1899-12-31 but it counts a 29 February 1900 that never was; from 1900-03-01 on, serial
    // numbers are days since 1899-12-30. Earlier dates cannot be shown correctly and are written as text.
    private static readonly DateOnly Epoch = new(1899, 12, 30);
    private static readonly DateOnly FirstExactDate = new(1900, 3, 1);

    /// <summary>Writes <paramref name="sheet"/> as the XML of a worksheet part; returns the number of data rows.</summary>
    /// <exception cref="TabularLimitException">Too many rows, or a text too long for a cell.</exception>
    public static long Write(Stream part, TabularSheet sheet, string name, bool selected)
    {
        var columns = sheet.Columns;
        var letters = Enumerable.Range(0, columns.Count).Select(XlsxColumns.Letters).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(Views(selected));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = XlsxColumns.Width(c),
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());

        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", "1")]);
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WriteElement(TextCell(letters[i] + "1", TabularText.Clean(columns[i].Header), XlsxStyles.Header));
        }

        writer.WriteEndElement();

        long rows = 0;
        foreach (var values in sheet.Rows)
        {
            if (rows == MaxDataRows)
            {
                throw new TabularLimitException($"工作表“{name}”超过 Excel 的 1,048,576 行上限，请改用 CSV 导出。");
            }

            rows++;
            if (values.Count != columns.Count)
            {
                throw new ArgumentException($"Sheet \"{name}\", row {rows}: {values.Count} values for {columns.Count} columns.", nameof(sheet));
            }

            var number = XlsxColumns.Row(rows + 1);
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number)]);
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = TabularCell.From(values[i], columns[i], rows);
                if (cell.Kind == TabularCellKind.Empty)
                {
                    continue;
                }

                if (cell.Text.Length > MaxCellText)
                {
                    throw new TabularLimitException($"工作表“{name}”第 {rows} 行“{columns[i].Header}”列的文字超过 Excel 单元格 32,767 字的上限，请改用 CSV 导出。");
                }

                writer.WriteElement(Cell(letters[i] + number, cell));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement(); // sheetData
        // The schema puts autoFilter after sheetData, so its range can use the row count just learned.
        writer.WriteElement(new AutoFilter { Reference = Range(letters, rows) });
        if (ListValidations(columns, letters) is { } validations)
        {
            writer.WriteElement(validations);
        }

        writer.WriteEndElement(); // worksheet
        return rows;
    }

    /// <summary>The header and data range, <c>A1:C10</c>.</summary>
    public static string Range(string[] letters, long dataRows) => $"A1:{letters[^1]}{XlsxColumns.Row(dataRows + 1)}";

    private static Cell Cell(string reference, TabularCell cell) => cell.Kind switch
    {
        TabularCellKind.Number => new Cell { CellReference = reference, CellValue = new CellValue(cell.Text) },
        TabularCellKind.Date when cell.Date >= FirstExactDate => new Cell
        {
            CellReference = reference,
            StyleIndex = XlsxStyles.Date,
            CellValue = new CellValue((cell.Date.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture)),
        },
        _ => TextCell(reference, cell.Text, XlsxStyles.Text),
    };

    // An inline string (t="inlineStr") is text to every reader: "=1+1" is never a formula, "0012" never a number.
    private static Cell TextCell(string reference, string text, uint style)
    {
        var value = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            value.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(value)) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style };
    }

    // A drop-down list over every data row a sheet can have, so rows added by hand get it too; values not in the list
    // only warn, since an agency's own wording is still read on import.
    private static DataValidations? ListValidations(IReadOnlyList<TabularColumn> columns, string[] letters)
    {
        var lists = columns.Select((c, i) => (c.ListSource, Letter: letters[i])).Where(c => c.ListSource is not null).ToList();
        if (lists.Count == 0)
        {
            return null;
        }

        var last = XlsxColumns.Row(MaxDataRows + 1);
        return new DataValidations(lists.Select(l => new DataValidation(new Formula1(l.ListSource!))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Warning,
            ErrorTitle = "不是可选值",
            Error = "请从下拉列表中选择。",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{l.Letter}2:{l.Letter}{last}" },
        })) { Count = (uint)lists.Count };
    }

    // The header stays in view: the pane is split below row 1 and frozen.
    private static SheetViews Views(bool selected) => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = selected,
        WorkbookViewId = 0,
    });
}
