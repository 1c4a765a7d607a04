using Gongkai.Cli.Formatting;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Tests.Formatting;

/// <summary>Cells printed back into their tables (<see cref="CellTableFormatter"/>).</summary>
public sealed class CellTableFormatterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Cells_in_any_order_print_as_the_grouping_by_table_then_row_in_order_of_first_appearance(int seed)
    {
        var cells = CellKey.AllTemplateCells.ToArray();
        if (seed > 0)
        {
            new Random(seed).Shuffle(cells);
        }

        string Value(CellKey cell) => (CellKey.Order(cell) * 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var printed = new StringWriter();
        CellTableFormatter.Write(printed, cells, ["合计"], cell => [Value(cell)]);

        Assert.Equal(Grouped(cells, Value), printed.ToString());
    }

    [Fact]
    public void Several_values_of_a_cell_are_joined_by_arrows()
    {
        var cell = CellKey.AllTemplateCells[0];
        var printed = new StringWriter();
        CellTableFormatter.Write(printed, [cell], ["甲", "乙"], _ => ["1", "2"]);

        Assert.Contains($"{TemplateLabels.ColumnLabel(cell.Kind, cell.Column, cell.Row)} 1 → 2", printed.ToString(), StringComparison.Ordinal);
    }

    // The former definition, with LINQ groupings (replaced by loops to keep generic code off the start-up path).
    private static string Grouped(IReadOnlyList<CellKey> cells, Func<CellKey, string> value)
    {
        var output = new StringWriter();
        foreach (var table in cells.GroupBy(c => c.Kind))
        {
            var kind = table.Key;
            output.WriteLine($"{kind.ToDisplayName()} {kind.ToTitle()}");
            var rows = table.GroupBy(c => c.Row).ToList();
            var labelWidth = rows.Max(r => TextWidth.Of(TemplateLabels.RowLabel(kind, r.Key))) + 2;
            foreach (var row in rows)
            {
                output.Write("  " + TextWidth.PadRight(TemplateLabels.RowLabel(kind, row.Key), labelWidth));
                output.WriteLine(string.Join("｜", row.Select(cell => $"{TemplateLabels.ColumnLabel(kind, cell.Column, cell.Row)} {value(cell)}")));
            }

            output.WriteLine();
        }

        return output.ToString();
    }
}
