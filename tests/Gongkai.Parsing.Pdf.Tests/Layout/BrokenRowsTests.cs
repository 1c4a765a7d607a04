using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pdf.Layout;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class BrokenRowsTests
{
    private static readonly string[][] Header = [["Item", "", "People", "Total"], ["", "", "", "All"]];

    private static SourceTable Grid(int page, params string[][] rows) =>
        new([.. rows.Select((r, i) => new SourceRow([.. r.Select(t => new SourceCell(t, new SourceRef("t.pdf", i + 1, page)))], new SourceRef("t.pdf", i + 1, page)))], new SourceRef("t.pdf", 1, page), IsGrid: true);

    private static List<string[]> Rows(Block block) => [.. ((SourceTable)block).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];

    [Fact]
    public void The_rest_of_a_label_under_the_repeated_header_is_appended_to_the_row_that_ended_the_page()
    {
        List<Block> blocks =
        [
            Grid(1, [.. Header, ["", "（三）不予公开", "1. Secret", "0"], ["", "", "2．其他法", "1"]]),
            Grid(2, [.. Header, ["", "", "律行政法规禁止公开", ""], ["", "", "3. Safety", "2"]]),
        ];

        BrokenRows.Join(blocks, 1);

        Assert.Equal([["", "（三）不予公开", "1. Secret", "0"], ["", "", "2．其他法律行政法规禁止公开", "1"]], Rows(blocks[0]).Skip(2));
        Assert.Equal([.. Header, ["", "", "3. Safety", "2"]], Rows(blocks[1]));
    }

    [Fact]
    public void The_end_of_a_cell_merged_over_rows_goes_to_the_row_that_holds_its_start()
    {
        List<Block> blocks =
        [
            Grid(1, [.. Header, ["", "（三）不予公", "1. Secret", "0"], ["", "", "2．其他法", "1"]]),
            Grid(2, [.. Header, ["", "开", "律行政法规禁止公开", ""], ["", "", "3. Safety", "2"]]),
        ];

        BrokenRows.Join(blocks, 1);

        Assert.Equal([["", "（三）不予公开", "1. Secret", "0"], ["", "", "2．其他法律行政法规禁止公开", "1"]], Rows(blocks[0]).Skip(2));
        Assert.Equal(3, Rows(blocks[1]).Count);
    }

    [Fact]
    public void A_first_row_with_numbers_or_words_under_a_number_is_not_the_rest_of_a_label()
    {
        List<Block> blocks =
        [
            Grid(1, [.. Header, ["", "", "2. Forbidden", "1"]]),
            Grid(2, [.. Header, ["", "", "Notes", "none"], ["", "", "3. Safety", "2"]]),
        ];

        BrokenRows.Join(blocks, 1);

        Assert.Equal([["", "", "2. Forbidden", "1"]], Rows(blocks[0]).Skip(2));
        Assert.Equal(4, Rows(blocks[1]).Count);
    }
}
