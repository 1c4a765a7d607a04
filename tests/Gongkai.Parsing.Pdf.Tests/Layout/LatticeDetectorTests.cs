using Gongkai.Parsing.Pdf.Layout;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class LatticeDetectorTests
{
    private static readonly double[] Columns = [50, 150, 250, 350];

    private static Ruling H(double y, double from, double to) => new(true, y, from, to);

    private static Ruling V(double x, double from, double to) => new(false, x, from, to);

    // Full rules at every x and y (ys top first), as a table with no merged cells is drawn.
    private static List<Ruling> Grid(double[] xs, double[] ys) =>
        [.. ys.Select(y => H(y, xs[0], xs[^1])), .. xs.Select(x => V(x, ys[^1], ys[0]))];

    private static void AssertNoMergedCells(LatticeTable table)
    {
        for (var r = 0; r < table.Rows; r++)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                Assert.Equal((r, c), table.Owner[r, c]);
            }
        }
    }

    [Fact]
    public void Finds_a_plain_grid()
    {
        var table = Assert.Single(LatticeDetector.Detect(Grid(Columns, [500, 480, 460])));

        Assert.Equal(Columns, table.Xs);
        Assert.Equal([500, 480, 460], table.Ys);
        Assert.Equal((2, 3), (table.Rows, table.Columns));
        Assert.Equal(new Box(50, 460, 350, 500), table.Bounds);
        AssertNoMergedCells(table);
    }

    [Fact]
    public void Finds_the_cell_under_a_point()
    {
        var table = Assert.Single(LatticeDetector.Detect(Grid(Columns, [500, 480, 460])));

        Assert.Equal((0, 0), table.CellAt(60, 495));
        Assert.Equal((1, 2), table.CellAt(300, 470));
        Assert.Null(table.CellAt(400, 470));
        Assert.Null(table.CellAt(100, 520));
    }

    [Fact]
    public void Merges_cells_across_a_missing_vertical_rule()
    {
        // The rule at x = 150 runs through the bottom row only: the top row's first two cells are one.
        List<Ruling> rulings = [H(500, 50, 350), H(480, 50, 350), H(460, 50, 350), V(50, 460, 500), V(150, 460, 480), V(250, 460, 500), V(350, 460, 500)];

        var table = Assert.Single(LatticeDetector.Detect(rulings));

        Assert.Equal((0, 0), table.Owner[0, 1]);
        Assert.Equal((0, 2), table.Owner[0, 2]);
        Assert.Equal((1, 1), table.Owner[1, 1]);
        Assert.Equal((0, 0), table.CellAt(200, 490));
    }

    [Fact]
    public void Merges_cells_across_a_missing_horizontal_rule()
    {
        // The rule at y = 480 starts at x = 150: the first column's two rows are one cell (a rowspan).
        List<Ruling> rulings = [H(500, 50, 350), H(480, 150, 350), H(460, 50, 350), .. Columns.Select(x => V(x, 460, 500))];

        var table = Assert.Single(LatticeDetector.Detect(rulings));

        Assert.Equal((0, 0), table.Owner[1, 0]);
        Assert.Equal((1, 1), table.Owner[1, 1]);
        Assert.Equal((0, 0), table.CellAt(100, 470));
    }

    [Fact]
    public void Joins_collinear_pieces_of_a_rule_into_one()
    {
        // Word draws each cell's border separately, a little apart and at slightly different heights.
        List<Ruling> rulings =
        [
            H(500, 50, 150), H(500.4, 151, 250), H(499.8, 251.5, 350),
            H(480, 50, 150), H(480, 150, 250), H(480.3, 250, 350),
            H(460, 50, 350),
            .. Columns.Select(x => V(x, 480, 500)), .. Columns.Select(x => V(x + 0.5, 460, 480.5)),
        ];

        var table = Assert.Single(LatticeDetector.Detect(rulings));

        Assert.Equal((2, 3), (table.Rows, table.Columns));
        AssertNoMergedCells(table);
    }

    [Fact]
    public void Takes_the_last_row_of_a_table_cut_by_a_page_break_from_where_the_vertical_rules_end()
    {
        // No closing bottom rule at y = 440: the page ends the table, the columns' rules run down to 440.
        List<Ruling> rulings = [H(500, 50, 350), H(480, 50, 350), H(460, 50, 350), .. Columns.Select(x => V(x, 440, 500))];

        var table = Assert.Single(LatticeDetector.Detect(rulings));

        Assert.Equal([500, 480, 460, 440], table.Ys);
        Assert.Equal(3, table.Rows);
        Assert.Equal((2, 1), table.CellAt(200, 450));
        AssertNoMergedCells(table);
    }

    [Fact]
    public void Takes_the_first_row_of_a_table_continued_from_the_previous_page_from_where_the_vertical_rules_start()
    {
        List<Ruling> rulings = [H(480, 50, 350), H(460, 50, 350), .. Columns.Select(x => V(x, 460, 500))];

        var table = Assert.Single(LatticeDetector.Detect(rulings));

        Assert.Equal([500, 480, 460], table.Ys);
        Assert.Equal((0, 0), table.CellAt(60, 490));
    }

    [Fact]
    public void Finds_two_tables_in_segments_that_do_not_touch()
    {
        var rulings = Grid(Columns, [700, 680, 660]).Concat(Grid([50, 200, 350], [400, 380, 360, 340])).ToList();

        var tables = LatticeDetector.Detect(rulings).OrderByDescending(t => t.Bounds.Top).ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal((2, 3), (tables[0].Rows, tables[0].Columns));
        Assert.Equal((3, 2), (tables[1].Rows, tables[1].Columns));
    }

    [Fact]
    public void Finds_no_table_in_underlines_and_lone_rules()
    {
        List<Ruling> rulings = [H(700, 72, 300), H(650, 72, 300), H(600, 72, 523), V(560, 100, 200)];

        Assert.Empty(LatticeDetector.Detect(rulings));
    }

    [Fact]
    public void Ignores_grid_lines_closer_than_a_cell_can_be()
    {
        // A double rule (two lines 1.5 pt apart) is one edge, not a row.
        List<Ruling> rulings = [.. Grid(Columns, [500, 480, 460]), H(458.5, 50, 350)];

        var table = Assert.Single(LatticeDetector.Detect(rulings));

        Assert.Equal(2, table.Rows);
    }

    [Fact]
    public void Finds_nothing_in_no_rulings()
    {
        Assert.Empty(LatticeDetector.Detect([]));
    }
}
