using System.Globalization;

namespace Gongkai.Core.Model;

/// <summary>
/// Where a value is printed on its PDF page: a rectangle in PDF points, origin at the bottom left of the page as
/// displayed, y up (the page's /Rotate applied), so that 查看原文 can mark it on the drawn page.
/// </summary>
/// <param name="X0">Left edge.</param>
/// <param name="Y0">Bottom edge.</param>
/// <param name="X1">Right edge.</param>
/// <param name="Y1">Top edge.</param>
public readonly record struct SourceBox(double X0, double Y0, double X1, double Y1)
{
    /// <summary>The box rounded to a tenth of a point, as the JSON keeps it.</summary>
    public SourceBox Rounded() => new(Round(X0), Round(Y0), Round(X1), Round(Y1));

    /// <summary>Whether the point lies inside, or within <paramref name="tolerance"/> points of an edge.</summary>
    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= X0 - tolerance && x <= X1 + tolerance && y >= Y0 - tolerance && y <= Y1 + tolerance;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{X0}, {Y0}, {X1}, {Y1}]");

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
