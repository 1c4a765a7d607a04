using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.FillIn;

/// <summary>Collects one worksheet's cells, merges, input rules and print set-up, then writes them in schema order.</summary>
internal sealed class SheetBuilder
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly Dictionary<InputRule, List<string>> _inputs = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly Dictionary<int, double> _heights = [];

    /// <summary>Excel's largest row height, in points.</summary>
    public const double MaxRowHeight = 409;

    /// <summary>Whether the sheet prints in landscape (table 四's fifteen columns).</summary>
    public bool Landscape { get; init; }

    public static string Address(int row, int column) => XlsxColumns.Letters(column - 1) + row.ToString(CultureInfo.InvariantCulture);

    public void Width(int column, double width) => _widths[column] = width;

    /// <summary>
    /// Sets a row's height to hold <paramref name="lines"/> lines of <paramref name="fontPoints"/> text, keeping the
    /// tallest asked for. Neither Excel nor LibreOffice fits wrapped text when it opens a generated file.
    /// </summary>
    public void FitLines(int row, int lines, double fontPoints)
    {
        var height = Math.Min(MaxRowHeight, Math.Max(1, lines) * fontPoints * 1.45 + 4);
        _heights[row] = Math.Max(height, _heights.GetValueOrDefault(row));
    }

    /// <summary>How many lines <paramref name="text"/> takes in a column <paramref name="width"/> characters wide, in a font of <paramref name="fontPoints"/>.</summary>
    public static int Lines(string text, double width, double fontPoints)
    {
        // Column widths count characters of the 11-point default font; a wide character (汉字) takes two.
        var perLine = Math.Max(1, width * 11 / fontPoints - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(TabularText.DisplayWidth(line) / perLine)));
    }

    public void Text(int row, int column, string text, uint style) =>
        Put(row, column, new Cell { DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(TabularText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }) });

    public void Number(int row, int column, decimal value, uint style) =>
        Put(row, column, new Cell { StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });

    public void Empty(int row, int column, uint style) => Put(row, column, new Cell { StyleIndex = style });

    /// <summary>A formula; its cached value when known, else none (Excel computes it on opening: full calculation on load).</summary>
    public void Formula(int row, int column, string formula, decimal? cached, uint style)
    {
        var cell = new Cell { StyleIndex = style, CellFormula = new CellFormula(formula) };
        if (cached is { } value)
        {
            cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
        }

        Put(row, column, cell);
    }

    public void Merge(int row, int column, int rowSpan, int columnSpan)
    {
        if (rowSpan > 1 || columnSpan > 1)
        {
            _merges.Add($"{Address(row, column)}:{Address(row + rowSpan - 1, column + columnSpan - 1)}");
        }
    }

    public void Input(InputRule rule, int row, int column)
    {
        if (!_inputs.TryGetValue(rule, out var cells))
        {
            _inputs[rule] = cells = [];
        }

        cells.Add(Address(row, column));
    }

    public Worksheet Build()
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (_widths.Count > 0)
        {
            worksheet.Append(new Columns(_widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));
        }

        var data = new SheetData();
        foreach (var (row, cells) in _rows)
        {
            var line = new Row(cells.Values) { RowIndex = (uint)row };
            if (_heights.TryGetValue(row, out var height))
            {
                line.Height = height;
                line.CustomHeight = true;
            }

            data.Append(line);
        }

        worksheet.Append(data);

        // No password: the protection keeps labels and formulas from being overwritten by accident, not from the user.
        worksheet.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }

        if (_inputs.Count > 0)
        {
            worksheet.Append(new DataValidations(_inputs.Select(i => i.Key.Validation(i.Value))) { Count = (uint)_inputs.Count });
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = Landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private void Put(int row, int column, Cell cell)
    {
        cell.CellReference = Address(row, column);
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = cell;
    }
}
