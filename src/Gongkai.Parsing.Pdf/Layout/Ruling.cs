namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>A horizontal or vertical ruling line segment (a table border), in display coordinates.</summary>
/// <param name="Horizontal">Whether the segment is horizontal (then <see cref="Position"/> is its y) or vertical (its x).</param>
/// <param name="Position">The y of a horizontal segment, the x of a vertical one.</param>
/// <param name="Start">The smaller other coordinate.</param>
/// <param name="End">The larger other coordinate.</param>
public readonly record struct Ruling(bool Horizontal, double Position, double Start, double End)
{
    /// <summary>End minus start.</summary>
    public double Length => End - Start;

    /// <summary>Whether this segment and <paramref name="other"/> (of the other orientation) cross or touch.</summary>
    public bool Meets(Ruling other, double tolerance) =>
        Horizontal != other.Horizontal &&
        other.Position >= Start - tolerance && other.Position <= End + tolerance &&
        Position >= other.Start - tolerance && Position <= other.End + tolerance;
}
