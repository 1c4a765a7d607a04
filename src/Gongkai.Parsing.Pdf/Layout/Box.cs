namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>An axis-aligned rectangle in display coordinates.</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;
}
