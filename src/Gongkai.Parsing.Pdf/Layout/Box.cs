namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>An axis-aligned rectangle in display coordinates.</summary>
public readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    /// <summary>Whether the point lies inside, or within <paramref name="tolerance"/> of an edge.</summary>
    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;
}
