namespace Gongkai.Core.Comparison;

/// <summary>One compared value: its path, what was expected, what was found.</summary>
/// <param name="Path">The canonical path, e.g. <c>requests.rows.granted.total</c> or <c>agency</c>.</param>
/// <param name="Expected">The expected value as JSON text (<c>null</c> for blank or absent).</param>
/// <param name="Actual">The value found as JSON text.</param>
public sealed record CellComparison(string Path, string Expected, string Actual)
{
    /// <summary>Whether the values agree.</summary>
    public bool IsMatch => Expected == Actual;
}
