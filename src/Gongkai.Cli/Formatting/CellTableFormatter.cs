using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Formatting;

/// <summary>Prints cell values grouped back into tables 二/三/四 — rows down, columns across — as the report prints them.</summary>
internal static class CellTableFormatter
{
    /// <remarks>
    /// Tables in the order their first cell comes, rows likewise, cells in the order given. Loops over indices rather
    /// than LINQ groupings of the cell keys: a cell key is a struct, and generic code over it is compiled when the
    /// command runs (ReadyToRun cannot precompile it; docs/performance.md).
    /// </remarks>
    public static void Write(TextWriter output, IReadOnlyList<CellKey> cells, IReadOnlyList<string> headers, Func<CellKey, IReadOnlyList<string>> values)
    {
        var printed = new bool[cells.Count];
        for (var first = 0; first < cells.Count; first++)
        {
            if (printed[first])
            {
                continue;
            }

            var kind = cells[first].Kind;
            output.WriteLine($"{kind.ToDisplayName()} {kind.ToTitle()}");
            var rowStarts = RowStarts(cells, first, kind);
            var labelWidth = 0;
            foreach (var start in rowStarts)
            {
                labelWidth = Math.Max(labelWidth, TextWidth.Of(Label(kind, cells[start].Row)));
            }

            labelWidth += 2;
            foreach (var start in rowStarts)
            {
                var row = cells[start].Row;
                output.Write("  " + TextWidth.PadRight(Label(kind, row), labelWidth));
                var parts = new List<string>();
                for (var i = start; i < cells.Count; i++)
                {
                    var cell = cells[i];
                    if (!printed[i] && cell.Row == row && cell.Kind == kind)
                    {
                        printed[i] = true;
                        var cellValues = values(cell);
                        var shown = headers.Count == 1 ? cellValues[0] : string.Join(" → ", cellValues);
                        parts.Add($"{TemplateLabels.ColumnLabel(kind, cell.Column, cell.Row)} {shown}");
                    }
                }

                output.WriteLine(string.Join("｜", parts));
            }

            output.WriteLine();
        }
    }

    public static string Number(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";

    public static string Percent(decimal? value) => value is { } v ? (v * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Label(TableKind kind, string row) => TemplateLabels.RowLabel(kind, row);

    // The index of each row's first cell in table kind, from first (the table's first cell) on.
    private static List<int> RowStarts(IReadOnlyList<CellKey> cells, int first, TableKind kind)
    {
        var starts = new List<int>();
        for (var i = first; i < cells.Count; i++)
        {
            if (cells[i].Kind == kind && !HasRow(cells, starts, cells[i].Row))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static bool HasRow(IReadOnlyList<CellKey> cells, List<int> starts, string row)
    {
        foreach (var start in starts)
        {
            if (cells[start].Row == row)
            {
                return true;
            }
        }

        return false;
    }
}
