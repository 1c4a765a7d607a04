namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Thresholds for grouping glyphs into lines and cutting a line into words and cells, relative to the font size unless said otherwise.</summary>
public sealed record LineOptions
{
    /// <summary>Today's values, which the fixtures and the corpus are read with.</summary>
    public static LineOptions Default { get; } = new();

    /// <summary>
    /// A gap wider than this many font sizes separates two columns of a table drawn without rules: two font
    /// sizes is wider than any justified word space or full-width punctuation, narrower than a column gutter.
    /// </summary>
    public double ColumnGap { get; init; } = 2.0;

    /// <summary>
    /// A gap wider than this many font sizes between two digits separates two cells even when it is narrower than
    /// <see cref="ColumnGap"/>: digits are set without letter spacing and a number has no spaces inside, so half an
    /// em between figures is two cells of narrow columns (13612 | 252), never one number.
    /// </summary>
    public double NumberGap { get; init; } = 0.5;

    /// <summary>A gap wider than this many font sizes between two Latin letters is a word space (a quarter em, the narrowest space fonts set).</summary>
    public double WordGap { get; init; } = 0.25;

    /// <summary>Smallest font size, in points, that gaps are measured against, so that the gaps of tiny text (footnotes, 3 pt marks) are not all columns.</summary>
    public double MinGapFontSize { get; init; } = 4.0;

    /// <summary>
    /// How far beyond a line's band (as a share of its height) a glyph's middle may lie and still sit on it:
    /// 15% takes a figure printed a little off the baseline, not the line below.
    /// </summary>
    public double BandTolerance { get; init; } = 0.15;

    /// <summary>Smallest band tolerance, in points, for a line of very small glyphs.</summary>
    public double MinBandTolerance { get; init; } = 1.0;

    /// <summary>
    /// Tallest glyph a line takes, as a multiple of the line's height (plus <see cref="HeightAllowance"/>): a
    /// title character two and a half times the body's height is a line of its own, not part of the body line
    /// whose band it overlaps.
    /// </summary>
    public double MaxHeightRatio { get; init; } = 2.5;

    /// <summary>Points added to the tallest glyph a line takes, so that a line of one flat glyph still takes its neighbours.</summary>
    public double HeightAllowance { get; init; } = 2.0;

    /// <summary>
    /// How many of the last lines a glyph may join, top to bottom: four reaches a glyph whose middle sorts it
    /// just past a neighbouring line (a figure set slightly high) while keeping the search short.
    /// </summary>
    public int LookBack { get; init; } = 4;
}
