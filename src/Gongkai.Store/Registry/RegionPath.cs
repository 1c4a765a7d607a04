namespace Gongkai.Store.Registry;

/// <summary>Region matching as <see cref="ReportFilter.Region"/> defines it, for units held in memory.</summary>
public static class RegionPath
{
    /// <summary>Whether <paramref name="unitRegion"/> is <paramref name="region"/> or lies under it (by path prefix or by segment).</summary>
    public static bool Contains(string? region, string unitRegion)
    {
        ArgumentNullException.ThrowIfNull(unitRegion);
        if (string.IsNullOrWhiteSpace(region))
        {
            return true;
        }

        var path = region.Trim().Trim('/');
        return unitRegion == path
            || unitRegion.StartsWith(path + "/", StringComparison.Ordinal)
            || unitRegion.EndsWith("/" + path, StringComparison.Ordinal)
            || unitRegion.Contains("/" + path + "/", StringComparison.Ordinal);
    }
}
