namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Thresholds of the lattice table strategy (tables drawn with rules), in points unless said otherwise.</summary>
public sealed record LatticeOptions
{
    /// <summary>Today's values, which the fixtures and the corpus are read with.</summary>
    public static LatticeOptions Default { get; } = new();

    /// <summary>
    /// How far apart two rules may be and still meet, lie on one grid edge, or join end to end (collinear ones
    /// within half of it are one): 2 pt closes the small gaps left where separately drawn cell borders meet.
    /// </summary>
    public double Tolerance { get; init; } = 2.0;

    /// <summary>Grid positions closer than this are one edge (3 pt: double borders and rounding, never a real row or column).</summary>
    public double MinCellSize { get; init; } = 3.0;

    /// <summary>
    /// Most column or row edges in one table: a bound, not a layout judgement — a grid of hairlines (a hostile
    /// page or a chart) would otherwise cost the square of its edges; a report's largest table has a few dozen.
    /// </summary>
    public int MaxGridEdges { get; init; } = 400;

    /// <summary>
    /// Share of a cell's side a rule must cover to separate two cells: 60% keeps cells apart when a border is
    /// drawn in pieces or stops short, and merges them when only a stub crosses.
    /// </summary>
    public double EdgeCoverage { get; init; } = 0.6;

    /// <summary>Fewest rows a grid needs to be a table: a single ruled row is a box or an underlined heading.</summary>
    public int MinRows { get; init; } = 2;

    /// <summary>Fewest columns a grid needs to be a table: a single ruled column is a framed paragraph.</summary>
    public int MinColumns { get; init; } = 2;

    /// <summary>How far outside a table's outer rules a glyph's middle may lie and still be read in it (half a point of rounding).</summary>
    public double GlyphTolerance { get; init; } = 0.5;
}
