using Gongkai.Store;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Units;

/// <summary>The registry's units, all or those of one region.</summary>
public static class ListUnits
{
    /// <summary>The units of <paramref name="store"/>'s registry in <see cref="UnitsOptions.Region"/> and the caller's scope.</summary>
    public static UnitsResult Run(ReportStore store, UnitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return new UnitsResult([.. store.Units().Where(u => options.Scope.Covers(u.Code, u.Region) && RegionPath.Contains(options.Region, u.Region))]);
    }
}
