using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Tables;

namespace Gongkai.Parsing.Tests.Tables;

public sealed class InferredRowsTests
{
    private static readonly SourceRef Row = new("t.txt", 1, 0, 0);

    private static List<SourceCell> Cells(params string[] texts) =>
        texts.Select((t, i) => new SourceCell(t, new SourceRef("t.txt", 2 + i, 0, 1))).ToList();

    private static TableRow Build(RowReadings row, List<Diagnostic>? diagnostics = null)
    {
        InferredRows.Explain([row], "本行总计＝各申请人列之和", null);
        return TableAssembler.BuildRow(TableKind.Requests, row, diagnostics ?? []);
    }

    [Fact]
    public void A_document_that_kept_its_repeats_is_placed_as_before()
    {
        var row = InferredRows.Create(RequestsTemplate.NewReceived, RequestsTemplate.Columns, Cells("2", "0", "2"), Row, repeatsDropped: false, InferredRows.TotalIsLast);

        Assert.Null(row.Rule);
        Assert.Equal(35, row.Candidates.Count); // the ordinary placement: 3 printed cells among 7 columns
    }

    [Fact]
    public void A_short_row_is_narrowed_by_its_own_total_to_the_one_reading_that_holds()
    {
        var row = InferredRows.Create(RequestsTemplate.NewReceived, RequestsTemplate.Columns, Cells("2", "0", "2"), Row, repeatsDropped: true, InferredRows.TotalIsLast);

        Assert.Equal(InferredRows.RepeatsDropped, row.Rule);
        Assert.True(row.HeldByRowEquation);
        Assert.Equal([2m, 0m, 0m, 0m, 0m, 0m, 2m], Assert.Single(row.Numbers));
    }

    [Fact]
    public void Cells_repeated_by_the_rule_are_inferred_and_say_why_while_cells_standing_alone_are_read()
    {
        var cells = Build(InferredRows.Create(RequestsTemplate.NewReceived, RequestsTemplate.Columns, Cells("2", "0", "2"), Row, repeatsDropped: true, InferredRows.TotalIsLast)).Cells;

        Assert.Null(cells[0].Inference); // 自然人: the first printed 2, alone in its column
        Assert.Null(cells[6].Inference); // 总计: the second printed 2
        var commercial = cells[1].Inference!;
        Assert.Equal(InferredRows.RepeatsDropped, commercial.Rule);
        Assert.False(commercial.IsAmbiguous);
        Assert.Equal("原文连续相同的数值只保留一个；按本行总计＝各申请人列之和展开", commercial.Reason);
        Assert.Equal(0m, cells[1].Value);
        Assert.All(cells.Skip(1).Take(5), cell => Assert.Equal(0m, cell.Value));
    }

    [Fact]
    public void Cells_that_differ_between_the_best_readings_are_left_blank_with_their_candidates()
    {
        // 0 1 0 1: the 1 is in one of the four 法人 columns; the row total holds for all four.
        var row = InferredRows.Create(RequestsTemplate.NewReceived, RequestsTemplate.Columns, Cells("0", "1", "0", "1"), Row, repeatsDropped: true, InferredRows.TotalIsLast);
        row.Optimal = [.. Enumerable.Range(0, row.Candidates.Count)];
        var diagnostics = new List<Diagnostic>();

        var built = Build(row, diagnostics);
        InferenceDiagnostics.Report(TableKind.Requests, [row], [built], diagnostics);

        Assert.Equal(4, row.Candidates.Count);
        Assert.Equal(0m, built.Cells[0].Value);
        Assert.Equal(0m, built.Cells[5].Value);
        Assert.Equal(1m, built.Cells[6].Value);
        Assert.All(built.Cells.Skip(1).Take(4), cell =>
        {
            Assert.True(cell.IsBlank);
            Assert.Equal([0m, 1m], cell.Inference!.Candidates.Order());
        });
        var ambiguous = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.RowAmbiguous);
        Assert.Equal(Severity.Warning, ambiguous.Severity);
        Assert.Contains("（0、1、0、0、0、0、1）", ambiguous.Message, StringComparison.Ordinal);
        Assert.Equal(4, ambiguous.Cells.Count);
        var inferred = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.CellsInferred);
        Assert.Equal(Severity.Info, inferred.Severity);
        Assert.Equal(2, inferred.Cells.Count); // 自然人 and 其他: repeated zeros every reading agrees on
    }

    [Fact]
    public void A_row_no_reading_of_which_holds_its_total_keeps_every_reading()
    {
        var row = InferredRows.Create(RequestsTemplate.NewReceived, RequestsTemplate.Columns, Cells("5", "3"), Row, repeatsDropped: true, InferredRows.TotalIsLast);

        Assert.False(row.HeldByRowEquation);
        Assert.Equal(6, row.Candidates.Count);
    }
}
