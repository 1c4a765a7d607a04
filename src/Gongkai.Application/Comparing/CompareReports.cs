using Gongkai.Application.Stores;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Application.Comparing;

/// <summary>Compares stored reports cell by cell: a unit's year against the year before, or two units' same year.</summary>
public static class CompareReports
{
    /// <summary>Compares as <paramref name="options"/> says; a report not stored is a failure in the result.</summary>
    public static CompareResult Run(ReportStore store, CompareOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var queries = new StoreQueries(store);
        var comparison = options.With is { } other
            ? queries.UnitVersusUnit(options.Agency, other, options.Year, options.Scope)
            : queries.YearOverYear(options.Agency, options.Year, options.Scope);
        return comparison is null
            ? new CompareResult { Failure = StoredReports.NotFound(options.Agency, options.Year) }
            : new CompareResult { Comparison = comparison };
    }
}
