using Gongkai.Cli.Formatting;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Tests.Formatting;

/// <summary>Cells printed back into their tables (<see cref="CellTableFormatter"/>).</summary>
public sealed class CellTableFormatterTests
{
    [Fact]
    public void Cells_print_by_table_then_row_in_order_of_first_appearance_each_row_its_cells_in_the_order_given()
    {
        var requests = CellKey.AllTemplateCells.Where(c => c.Kind == TableKind.Requests).ToList();
        var firstRow = requests.Where(c => c.Row == requests[0].Row).Take(2).ToList();
        var otherRow = requests.First(c => c.Row != requests[0].Row);
        var appeals = CellKey.AllTemplateCells.First(c => c.Kind == TableKind.Appeals);
        // Interleaved: 三's first row, 四, 三's second row, 三's first row again.
        CellKey[] cells = [firstRow[1], appeals, otherRow, firstRow[0]];
        var printed = new StringWriter();

        CellTableFormatter.Write(printed, cells, c => c, ["合计"], c => [Array.IndexOf(cells, c).ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var lines = printed.ToString().Split(Environment.NewLine);
        string Cell(CellKey c) => $"{TemplateLabels.ColumnLabel(c.Kind, c.Column, c.Row)} {Array.IndexOf(cells, c)}";
        Assert.Equal($"{TableKind.Requests.ToDisplayName()} {TableKind.Requests.ToTitle()}", lines[0]);
        Assert.Equal(TemplateLabels.RowLabel(TableKind.Requests, firstRow[0].Row), lines[1].Trim().Split("  ")[0]);
        Assert.EndsWith($"{Cell(firstRow[1])}｜{Cell(firstRow[0])}", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(Cell(otherRow), lines[2], StringComparison.Ordinal);
        Assert.Equal("", lines[3]);
        Assert.Equal($"{TableKind.Appeals.ToDisplayName()} {TableKind.Appeals.ToTitle()}", lines[4]);
        Assert.EndsWith(Cell(appeals), lines[5], StringComparison.Ordinal);
        Assert.Equal(TextWidth.Of(lines[1][..lines[1].IndexOf(Cell(firstRow[1]), StringComparison.Ordinal)]), TextWidth.Of(lines[2][..lines[2].IndexOf(Cell(otherRow), StringComparison.Ordinal)]));
    }

    [Fact]
    public void Several_values_of_a_cell_are_joined_by_arrows()
    {
        var cell = CellKey.AllTemplateCells[0];
        var printed = new StringWriter();
        CellTableFormatter.Write(printed, [cell], c => c, ["甲", "乙"], _ => ["1", "2"]);

        Assert.Contains($"{TemplateLabels.ColumnLabel(cell.Kind, cell.Column, cell.Row)} 1 → 2", printed.ToString(), StringComparison.Ordinal);
    }
}
