using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>Turns chosen readings into model rows and cells, and reports how ambiguous rows were placed.</summary>
internal static class TableAssembler
{
    public static TableRow BuildRow(TableKind table, RowReadings row, List<Diagnostic> diagnostics)
    {
        if (row.Rule is not null && row.Candidates.Count > 0)
        {
            return InferredRowBuilder.Build(table, row, diagnostics);
        }

        var reading = row.Candidates.Count == 0 ? new Documents.SourceCell?[row.Columns.Count] : row.Candidates[row.Chosen];
        var cells = new List<Cell>(row.Columns.Count);
        for (var i = 0; i < row.Columns.Count; i++)
        {
            var column = row.Columns[i];
            var printed = reading[i];
            if (printed is null)
            {
                cells.Add(Cell.Blank(column.Key, column.Kind, source: row.Source));
                continue;
            }

            var value = CellValueReader.Read(printed.Text, column.Kind, row.MoneyUnit);
            cells.Add(PrintedCell(column, printed, value));
            if (value.Note is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ValueConverted, Severity.Info,
                    $"{new CellRef(table, row.Key, column.Key).Describe()}：{value.Note}。", printed.Source, new CellRef(table, row.Key, column.Key)));
            }
        }

        ReportPlacement(table, row, diagnostics);
        return new TableRow { Key = row.Key, Cells = OnePerColumn(cells), Source = row.Source };
    }

    /// <summary>The model cell of a printed cell read as <paramref name="value"/>: its raw text as the file holds it.</summary>
    public static Cell PrintedCell(Core.Templates.ColumnSpec column, Documents.SourceCell printed, CellReading value) => new()
    {
        Column = column.Key,
        Kind = column.Kind,
        State = value.State,
        Value = value.Value,
        Raw = printed.Printed.Trim(), // as the file holds it; the value is read from the folded text
        Source = printed.Source,
    };

    // A header label merged over two grid columns (采购总金额 over the last two cells of 2019's table 二, as a
    // pipe table or a flattened Word table repeats it) maps both to one column: keep one cell per column, the
    // first that is not blank.
    private static List<Cell> OnePerColumn(List<Cell> cells)
    {
        if (!HasRepeatedColumn(cells))
        {
            return cells;
        }

        return [.. cells.GroupBy(c => c.Column).Select(g => g.FirstOrDefault(c => !c.IsBlank) ?? g.First())];
    }

    // A row has a handful of cells: comparing pairs costs less than a set built for every row of every table.
    private static bool HasRepeatedColumn(List<Cell> cells)
    {
        for (var i = 1; i < cells.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (cells[i].Column == cells[j].Column)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void ReportPlacement(TableKind table, RowReadings row, List<Diagnostic> diagnostics)
    {
        if (!row.IsAmbiguous)
        {
            return;
        }

        var where = new CellRef(table, row.Key);
        var blanks = row.Columns.Where((_, i) => row.Candidates[row.Chosen][i] is null).Select(c => c.Label).ToList();
        var blankText = blanks.Count > 0 ? $"（视为空白的列：{string.Join("、", blanks)}）" : "";
        diagnostics.Add(row.Undecided
            ? Diagnostic.Create(DiagnosticCodes.ColumnsAmbiguous, Severity.Warning,
                $"{where.Describe()}印有 {row.PrintedCount} 个单元格（模板为 {row.Columns.Count} 列），各数值所在的列无法唯一确定，已按从左到右的顺序读取{blankText}，请核对原件。",
                row.Source, where)
            : Diagnostic.Create(DiagnosticCodes.ColumnsChosenBySums, Severity.Info,
                $"{where.Describe()}印有 {row.PrintedCount} 个单元格（模板为 {row.Columns.Count} 列），已按表格的勾稽关系确定各数值所在的列{blankText}。",
                row.Source, where));
    }
}
