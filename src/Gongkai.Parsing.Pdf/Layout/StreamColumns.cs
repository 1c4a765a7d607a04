namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// The value columns of a table without rules: the x-ranges of its rows' figures, each widened to halfway to its
/// neighbours (where the cell border would be), and the label boundary left of the first.
/// </summary>
internal sealed class StreamColumns
{
    private StreamColumns(List<(double Left, double Right)> ranges, double labelBoundary, double size, StreamOptions options)
    {
        Ranges = ranges;
        var edges = new double[ranges.Count + 1];
        for (var i = 1; i < ranges.Count; i++)
        {
            edges[i] = (ranges[i - 1].Right + ranges[i].Left) / 2;
        }

        var outer = ranges.Count > 1 ? Math.Min(edges[1] - ranges[0].Right, ranges[^1].Left - edges[^2]) : size;
        // The labels end where the widest of them ends, or where the first value cell would start.
        edges[0] = Math.Max(ranges[0].Left - outer, labelBoundary + size * 0.1);
        edges[^1] = ranges[^1].Right + outer;
        Edges = edges;
        Tolerance = options.ColumnTolerance * size;
        Size = size;
    }

    /// <summary>The figures' x-range of each value column, left to right.</summary>
    public List<(double Left, double Right)> Ranges { get; }

    /// <summary>The value columns' edges: <c>Edges[0]</c> is the label boundary, <c>Edges[^1]</c> the table's right edge.</summary>
    public double[] Edges { get; }

    /// <summary>How far text may reach over an edge and still be inside.</summary>
    public double Tolerance { get; }

    /// <summary>The rows' font size.</summary>
    public double Size { get; }

    /// <summary>The columns of the run's rows of values, or null when they are not columns (too many, or none).</summary>
    public static StreamColumns? Of(StreamPage page, List<int> anchors)
    {
        var values = new List<StreamPiece>();
        var labels = new List<StreamPiece>();
        foreach (var anchor in anchors)
        {
            var line = page.Pieces[anchor];
            var first = line.FindIndex(p => p.IsNumber);
            values.AddRange(line.Skip(first));
            labels.AddRange(line.Take(first));
        }

        // Figures of one column overlap (centred or aligned in the same cell); figures of two columns never do.
        var ranges = new List<(double Left, double Right)>();
        foreach (var piece in values.OrderBy(p => p.Left))
        {
            if (ranges.Count > 0 && piece.Left <= ranges[^1].Right)
            {
                ranges[^1] = (ranges[^1].Left, Math.Max(ranges[^1].Right, piece.Right));
            }
            else
            {
                ranges.Add((piece.Left, piece.Right));
            }
        }

        if (ranges.Count < page.Options.MinRowValues || ranges.Count > page.Options.MaxColumns)
        {
            return null;
        }

        // A label glued to the first figure of its row (text filling its cell) does not move the boundary.
        var labelRight = labels.Where(p => p.Right < ranges[0].Left).Select(p => p.Right).DefaultIfEmpty(double.MinValue).Max();
        var size = anchors.Average(page.Size);
        return new StreamColumns(ranges, labelRight, size, page.Options);
    }

    /// <summary>The value column an x position falls in.</summary>
    public int ColumnAt(double x)
    {
        for (var i = 1; i < Edges.Length - 1; i++)
        {
            if (x < Edges[i])
            {
                return i - 1;
            }
        }

        return Ranges.Count - 1;
    }

    /// <summary>Whether the piece lies in the label area, left of the value columns.</summary>
    public bool InLabels(StreamPiece piece) => piece.Right <= Edges[0] + Tolerance;

    /// <summary>
    /// Whether a line runs across the table: a piece reaching from the labels into the values, over the gap
    /// between two value columns, or past the table's right edge (a caption over the table, a heading, body
    /// text). Text left of the values is a label, however far left: a page's first row may show none.
    /// </summary>
    public bool Crossed(IEnumerable<StreamPiece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (piece.Right > Edges[^1] + 2 * Size)
            {
                return true;
            }

            for (var i = 0; i < Edges.Length - 1; i++)
            {
                if (piece.Left < Edges[i] - Tolerance && piece.Right > Edges[i] + Tolerance)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a header piece reaches over the label boundary or out of the table (a caption or heading above it, not a header).</summary>
    public bool OutsideHeader(StreamPiece piece) =>
        piece.Right > Edges[^1] + 2 * Size || piece.Left < Edges[0] - Tolerance && piece.Right > Edges[0] + Tolerance;
}
