namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Thresholds for telling a table border from other drawing on a page, in points.</summary>
public sealed record RulingOptions
{
    /// <summary>Today's values, which the fixtures and the corpus are read with.</summary>
    public static RulingOptions Default { get; } = new();

    /// <summary>
    /// How far the two ends of a segment may differ across its direction and still count as horizontal or
    /// vertical: 1 pt absorbs rounding in the drawing program's coordinates without taking a slanted line.
    /// </summary>
    public double AxisTolerance { get; init; } = 1.0;

    /// <summary>Shortest segment that counts as a rule: anything shorter (3 pt) is a dot, a tick or a glyph's stroke.</summary>
    public double MinLength { get; init; } = 3.0;

    /// <summary>
    /// Thickest filled rectangle read as a rule rather than a shaded area: office programs that draw borders as
    /// thin filled rectangles make them a point or two thick, while cell shading is as tall as a row of text.
    /// </summary>
    public double MaxThickness { get; init; } = 2.5;
}
