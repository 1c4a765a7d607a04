namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// A table found from its ruling lines: the grid of column edges <see cref="Xs"/> and row edges <see cref="Ys"/>
/// (top first), and for every grid position the merged cell it belongs to, named by that cell's top-left position.
/// </summary>
internal sealed class LatticeTable
{
    public LatticeTable(double[] xs, double[] ys, (int Row, int Column)[,] owner)
    {
        Xs = xs;
        Ys = ys;
        Owner = owner;
        Bounds = new Box(xs[0], ys[^1], xs[^1], ys[0]);
    }

    public double[] Xs { get; }

    /// <summary>Row edges from the top down (descending y).</summary>
    public double[] Ys { get; }

    /// <summary>For each grid position, the top-left position of the merged cell covering it.</summary>
    public (int Row, int Column)[,] Owner { get; }

    public Box Bounds { get; }

    public int Rows => Ys.Length - 1;

    public int Columns => Xs.Length - 1;

    /// <summary>The merged cell (by its top-left position) containing the point, or null outside the grid.</summary>
    public (int Row, int Column)? CellAt(double x, double y)
    {
        var column = Find(Xs, x, ascending: true);
        var row = Find(Ys, y, ascending: false);
        return column < 0 || row < 0 ? null : Owner[row, column];
    }

    private static int Find(double[] edges, double value, bool ascending)
    {
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var (low, high) = ascending ? (edges[i], edges[i + 1]) : (edges[i + 1], edges[i]);
            if (value >= low && value <= high)
            {
                return i;
            }
        }

        return -1;
    }
}
