using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Tables;

namespace Gongkai.Parsing.Tests.Tables;

public sealed class ValuePlacementTests
{
    private static List<SourceCell> Cells(params string[] texts) =>
        texts.Select((t, i) => new SourceCell(t, new SourceRef("t.txt", 1, 0, i + 1))).ToList();

    private static List<string> Show(List<SourceCell?[]> readings) =>
        readings.Select(r => string.Join(",", r.Select(c => c is null ? "_" : c.Text))).ToList();

    [Fact]
    public void Reads_an_exact_count_one_way()
    {
        var readings = ValuePlacement.Candidates(Cells("1", "0", "", "3"), 4);

        Assert.Equal(["1,0,,3"], Show(readings));
    }

    [Fact]
    public void Keeps_the_printed_cells_themselves()
    {
        var cells = Cells("7", "8");

        var reading = Assert.Single(ValuePlacement.Candidates(cells, 2));

        Assert.Same(cells[0], reading[0]);
        Assert.Same(cells[1], reading[1]);
    }

    [Fact]
    public void Drops_stray_empty_cells_at_the_edges_first()
    {
        var readings = ValuePlacement.Candidates(Cells("", "96", "14", "", "117", ""), 4);

        Assert.Equal("96,14,,117", Show(readings)[0]);
        Assert.Equal(3, readings.Count);
    }

    [Fact]
    public void Offers_every_choice_of_empty_cells_to_drop()
    {
        var readings = ValuePlacement.Candidates(Cells("1", "", "2", "", "3"), 4);

        Assert.Equal(["1,2,,3", "1,,2,3"], Show(readings));
    }

    [Fact]
    public void Keeps_the_first_numbers_when_there_are_more_numbers_than_columns()
    {
        var readings = ValuePlacement.Candidates(Cells("1", "2", "3", "4"), 3);

        Assert.Equal(["1,2,3"], Show(readings));
    }

    [Fact]
    public void Inserts_blank_columns_for_missing_cells_left_aligned_first()
    {
        var readings = ValuePlacement.Candidates(Cells("5", "6"), 3);

        Assert.Equal(["5,6,_", "5,_,6", "_,5,6"], Show(readings));
    }

    [Fact]
    public void Offers_one_reading_per_position_of_a_vanished_blank_among_seven_columns()
    {
        var readings = ValuePlacement.Candidates(Cells("3", "2", "1", "0", "1", "7"), 7);

        Assert.Equal(7, readings.Count);
        Assert.Equal("3,2,1,0,1,7,_", Show(readings)[0]);
        Assert.Contains("3,2,_,1,0,1,7", Show(readings));
    }

    [Fact]
    public void Removes_readings_that_put_the_same_values_in_the_same_columns()
    {
        // Inserting a blank before or after either 0 gives the same reading twice.
        var readings = ValuePlacement.Candidates(Cells("0", "0"), 3);

        Assert.Equal(["0,0,_", "0,_,0", "_,0,0"], Show(readings));
    }

    [Fact]
    public void Counts_a_blank_marker_as_the_same_as_a_missing_cell_when_removing_duplicates()
    {
        var readings = ValuePlacement.Candidates(Cells("/", "4"), 3);

        // "_,/,4" puts the same (blank, blank, 4) in the columns as "/,_,4".
        Assert.Equal(["/,4,_", "/,_,4"], Show(readings));
    }

    [Fact]
    public void Reads_no_cells_as_one_all_blank_reading()
    {
        Assert.Equal(["_,_,_"], Show(ValuePlacement.Candidates([], 3)));
    }

    [Fact]
    public void Bounds_the_number_of_readings()
    {
        var readings = ValuePlacement.Candidates(Cells(Enumerable.Repeat("1", 12).ToArray()), 30);

        Assert.InRange(readings.Count, 1, ValuePlacement.MaxCandidates);
    }

    [Theory]
    [InlineData(7, 1, 1)]
    [InlineData(7, 3, 15)]
    [InlineData(15, 4, 364)]
    [InlineData(3, 2, 2)]
    public void Run_lengths_are_every_way_to_spread_the_values_over_the_columns(int n, int k, int expected)
    {
        var values = Cells([.. Enumerable.Range(1, k).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var readings = ValuePlacement.RunLengths(values, n);

        Assert.Equal(expected, readings.Count);
        Assert.Equal(expected, Show(readings).Distinct().Count());
        Assert.All(readings, reading =>
        {
            Assert.All(reading, cell => Assert.NotNull(cell));
            // The printed order is kept and every printed value covers at least one column.
            Assert.Equal(values, reading.Distinct());
        });
    }

    [Fact]
    public void Run_lengths_expand_a_short_row_into_repeated_printed_cells()
    {
        var readings = ValuePlacement.RunLengths(Cells("2", "0", "2"), 7);

        Assert.Contains("2,0,0,0,0,0,2", Show(readings));
        Assert.Contains("2,2,0,2,2,2,2", Show(readings));
    }

    [Fact]
    public void Run_lengths_of_a_full_row_are_the_row_as_printed()
    {
        Assert.Equal(["4,2,27"], Show(ValuePlacement.RunLengths(Cells("4", "2", "27"), 3)));
    }
}
