using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Tables;

namespace Gongkai.Parsing.Tests.Tables;

public sealed class GluedDigitsTests
{
    private static readonly SourceRef At = new("t.txt", 3, 0, 1);

    [Fact]
    public void Splits_a_run_into_well_formed_numbers_only()
    {
        var splits = GluedDigits.Splits("1017", 3).Select(s => string.Join("|", s)).ToList();

        // 1|01|7 has a leading zero and is not a number as printed.
        Assert.Equal(["10|1|7", "1|0|17"], splits.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Takes_the_digits_glued_to_a_label_when_they_can_fill_the_row()
    {
        Assert.Equal("898989", GluedDigits.TrailingRun(new SourceCell("规范性文件898989", At), 3)!.Text);
        Assert.Equal("312", GluedDigits.TrailingRun(new SourceCell("行政许可312", At), 1)!.Text);
        Assert.Null(GluedDigits.TrailingRun(new SourceCell("规章000", At), 1)); // 000 is no count of one cell
        Assert.Null(GluedDigits.TrailingRun(new SourceCell("（三）不予公开1", At), 7));
        Assert.Null(GluedDigits.TrailingRun(new SourceCell("第二十条第（一）项", At), 3));
    }

    [Fact]
    public void A_glued_row_of_table_three_is_narrowed_by_its_own_total()
    {
        var row = GluedDigits.Readings(RequestsTemplate.NewReceived, RequestsTemplate.Columns, new SourceCell("121000013", At), At, InferredRows.TotalIsLast);

        // Of the well-formed splits, two hold 总计 = the sum of the applicants; the table's balances choose between them.
        Assert.Equal(InferredRows.GluedDigits, row.Rule);
        Assert.True(row.HeldByRowEquation);
        Assert.Equal(["1,2,10,0,0,0,13", "12,1,0,0,0,0,13"], row.Numbers.Select(n => string.Join(",", n)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_glued_row_without_an_equation_keeps_every_split_and_its_cells_stay_blank()
    {
        var spec = ProactiveTemplate.V2021.Row(ProactiveTemplate.NormativeDocuments)!;
        var row = GluedDigits.Readings(spec.Key, spec.Columns, new SourceCell("1017", At), At);
        row.Optimal = [.. Enumerable.Range(0, row.Candidates.Count)];
        InferredRows.Explain([row], "", null);

        var built = TableAssembler.BuildRow(TableKind.Proactive, row, []);

        Assert.All(built.Cells, cell => Assert.True(cell.IsBlank && cell.Inference!.IsAmbiguous));
        Assert.Equal([1m, 10m], built.Cells[0].Inference!.Candidates.Order());
        Assert.StartsWith("原文各单元格的数字连在一起", built.Cells[0].Inference!.Reason, StringComparison.Ordinal);
    }
}
