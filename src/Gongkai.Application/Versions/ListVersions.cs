using Gongkai.Application.Stores;
using Gongkai.Store.Database;
using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Application.Versions;

/// <summary>
/// Every stored version of a report: which one is current, the files that gave each, their findings, and the cells
/// each changed against the version before.
/// </summary>
public static class ListVersions
{
    /// <summary>Lists the versions of the report <paramref name="options"/> names; a report not stored is a failure in the result.</summary>
    public static VersionsResult Run(ReportStore store, VersionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var queries = new StoreQueries(store);
        // The scope is part of the query: a report outside it is not read at all.
        var filter = options.ReportId is { } id
            ? new ReportFilter { Scope = options.Scope, ReportId = id }
            : new ReportFilter { Scope = options.Scope, Agency = options.Agency, FromYear = options.Year, ToYear = options.Year };
        if (store.Reports(filter).FirstOrDefault() is not { } report)
        {
            return new VersionsResult { Failure = options.ReportId is { } missing ? Reports.GetReport.NotFound(missing) : StoredReports.NotFound(options.Agency, options.Year) };
        }

        var versions = new List<ReportVersion>();
        var history = store.History(report.ReportId).GroupBy(h => h.Version).OrderBy(g => g.Key).ToList();
        IReadOnlyDictionary<CellKey, decimal?>? previous = null;
        foreach (var version in history)
        {
            var first = version.First();
            // A version's cells are read only to compare it with another: a report with one version (most of them,
            // and every 报告详情 request shows the history) reads none.
            var facts = history.Count > 1 ? queries.Facts(first.VersionId) : null;
            var sources = version.Where(s => s.SourcePath is not null).Select(s => new VersionSource(s.SourcePath!, s.Format, s.SourceImportedAt)).ToList();
            versions.Add(new ReportVersion(
                version.Key, first.IsCurrent, first.PublishedOn, first.ImportedAt, first.Errors, first.Warnings, sources,
                previous is null || facts is null ? null : Changes(previous, facts)));
            previous = facts;
        }

        return new VersionsResult { Report = report, Versions = versions };
    }

    // A cell changed when its value differs, or when it is in one version only (blank and absent are not the same).
    private static List<ChangedCell> Changes(IReadOnlyDictionary<CellKey, decimal?> before, IReadOnlyDictionary<CellKey, decimal?> after) =>
        [.. before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k) || before.ContainsKey(k) != after.ContainsKey(k))
            .OrderBy(CellKey.Order)
            .Select(k => new ChangedCell(k, before.GetValueOrDefault(k), before.ContainsKey(k), after.GetValueOrDefault(k), after.ContainsKey(k)))];
}
