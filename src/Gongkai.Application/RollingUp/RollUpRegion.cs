using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Application.RollingUp;

/// <summary>
/// A region's totals of every cell of tables 二, 三 and 四, year by year (summary reports not counted twice), and the
/// derived indicators (公开率, 纠错率 …).
/// </summary>
public static class RollUpRegion
{
    /// <summary>Totals the current versions in <paramref name="store"/> that <paramref name="options"/> selects.</summary>
    public static RollUpResult Run(ReportStore store, RollUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var filter = new ReportFilter { Scope = options.Scope, Region = options.Region, FromYear = options.Year, ToYear = options.ToYear ?? options.Year };
        return new RollUpResult { Filter = filter, Totals = new StoreQueries(store).Totals(filter) };
    }
}
