using Gongkai.Store;

namespace Gongkai.Application.Cases.Calendars;

/// <summary>The region key of stored calendar entries, and who may change a region's.</summary>
public static class CalendarRegions
{
    /// <summary>A region path as units carry it (<c>省/市/县</c>, no leading or trailing slash); empty is national.</summary>
    public static string Normalize(string? region) => (region ?? "").Trim().Trim('/');

    /// <summary>
    /// The national calendar: only 系统管理员. A region's: 系统管理员, or a 区域管理员 for its own region and those
    /// below it (the holidays of a region apply to every unit in it).
    /// </summary>
    public static bool MayEdit(AccessScope scope, string region)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            AccessKind.All => true,
            AccessKind.Region => region.Length > 0 && (region == scope.Value || region.StartsWith(scope.Value + "/", StringComparison.Ordinal)),
            _ => false,
        };
    }

    /// <summary>
    /// The regions whose entries apply to a unit in <paramref name="unitRegion"/>, national first and the unit's own
    /// region last, so that a nearer region's entry for a day wins when they are applied in this order.
    /// </summary>
    public static IReadOnlyList<string> Applying(string unitRegion)
    {
        var regions = new List<string> { "" };
        var parts = Normalize(unitRegion).Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= parts.Length; i++)
        {
            regions.Add(string.Join('/', parts[..i]));
        }

        return regions;
    }
}
