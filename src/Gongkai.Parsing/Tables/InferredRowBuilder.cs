using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// Builds the cells of a row a layout rule rebuilt (<see cref="InferredRows"/>), honestly: a cell whose value is the
/// same in every reading that satisfies the most equations is taken and says how (<see cref="CellInference"/>); a
/// cell whose value differs between them is left blank with its candidates. A cell that is, in all those readings,
/// the one printed cell standing alone in its column is read, not inferred.
/// </summary>
internal static class InferredRowBuilder
{
    public static TableRow Build(TableKind table, RowReadings row, List<Diagnostic> diagnostics)
    {
        var optimal = row.Optimal.Order().ToList();
        var cells = new List<Cell>(row.Columns.Count);
        for (var i = 0; i < row.Columns.Count; i++)
        {
            var column = row.Columns[i];
            var values = optimal.Select(r => row.Numbers[r][i]).Distinct().ToList();
            var printed = row.Candidates[row.Chosen][i];
            if (values.Count > 1)
            {
                var candidates = values.Select(v => v ?? 0m).ToList();
                cells.Add(Cell.Blank(column.Key, column.Kind, source: row.Source) with
                {
                    Inference = new CellInference(row.Rule!, row.Reason) { Candidates = candidates },
                });
                continue;
            }

            if (printed is null)
            {
                cells.Add(Cell.Blank(column.Key, column.Kind, source: row.Source));
                continue;
            }

            var value = CellValueReader.Read(printed.Text, column.Kind, row.MoneyUnit);
            cells.Add(TableAssembler.PrintedCell(column, printed, value) with
            {
                Inference = optimal.All(r => StandsAlone(row.Candidates[r], i, printed)) ? null : new CellInference(row.Rule!, row.Reason),
            });
        }

        return new TableRow { Key = row.Key, Cells = cells, Source = row.Source };
    }

    // The printed cell at column i, and in no other column of the reading: read 1:1, at a position the rule fixed.
    private static bool StandsAlone(SourceCell?[] reading, int i, SourceCell printed) =>
        ReferenceEquals(reading[i], printed) && reading.Count(c => ReferenceEquals(c, printed)) == 1;
}
