namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Thresholds of the stream table strategy (tables without rules, or with only some: three-line tables, cell
/// shading), relative to the font size unless said otherwise.
/// </summary>
public sealed record StreamOptions
{
    /// <summary>The values the generated borderless, three-line and shaded tables are read with.</summary>
    public static StreamOptions Default { get; } = new();

    /// <summary>
    /// A gap wider than this many font sizes cuts a line into pieces (a cell's text): one em is wider than any
    /// space inside a label or a header, and narrower than the padding on both sides of a cell border.
    /// </summary>
    public double PieceGap { get; init; } = 1.0;

    /// <summary>
    /// A gap wider than this many font sizes that holds a column boundary cuts a header line there: a browser sets
    /// the headers of narrow columns a pixel apart, while the letters of one header cell touch.
    /// </summary>
    public double HeaderGap { get; init; } = 0.15;

    /// <summary>Fewest figures (numbers, one per cell) a line needs to be a row of values: two, so a sentence with a figure is never a row.</summary>
    public int MinRowValues { get; init; } = 2;

    /// <summary>Fewest rows of values a table needs: two, so one line of figures stays a line.</summary>
    public int MinRows { get; init; } = 2;

    /// <summary>
    /// Most lines between two rows of values of one table: a label wrapped over five or six lines in a narrow
    /// column, with room to spare; more is text between two tables.
    /// </summary>
    public int MaxLinesBetweenRows { get; init; } = 12;

    /// <summary>Most lines of header above a table's first row of values (a two-level header wrapped in narrow columns).</summary>
    public int MaxHeaderLines { get; init; } = 12;

    /// <summary>
    /// Widest white gap between two lines of one table, in font sizes: a row's padding and a wrapped line stay
    /// under it, the space before a heading or a paragraph after the table does not.
    /// </summary>
    public double MaxLineGap { get; init; } = 1.6;

    /// <summary>
    /// How far (in font sizes) a header or label may reach beyond its column and still be in it: half an em of
    /// rounding and centring, less than a neighbouring column.
    /// </summary>
    public double ColumnTolerance { get; init; } = 0.5;

    /// <summary>Most columns (label and value) a table without rules may have: a bound, as the lattice's <see cref="LatticeOptions.MaxGridEdges"/>.</summary>
    public int MaxColumns { get; init; } = 64;
}
