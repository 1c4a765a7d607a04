using System.Collections.Concurrent;
using Gongkai.Store;

namespace Gongkai.Application.Dashboards;

/// <summary>
/// Built dashboards, kept per store, scope, region, year and trend length under the store's change stamp
/// (<see cref="ReportStore.ChangeStamp"/>, migration 0008). A province's dashboard sums about a million facts (five
/// years of a thousand reports) — seconds of work on a small server — while it changes only when reports or the
/// registry do; so the work is done once per change, and requests that arrive while it is being done wait for that one
/// build. The key is data in the store, not this process's memory: an import, a link or a registry edit by this
/// process, the CLI or another instance sharing the database changes the stamp, and the next request builds afresh.
/// </summary>
internal static class DashboardCache
{
    // Enough for every region a few administrators look at; beyond it the oldest stamps go first.
    private const int Capacity = 64;

    private static readonly ConcurrentDictionary<Key, Lazy<RegionDashboard>> Entries = new();

    /// <summary>The dashboard for <paramref name="options"/>, from the cache when nothing changed since it was built.</summary>
    /// <remarks>A build that throws is not kept: the next request tries again.</remarks>
    public static RegionDashboard GetOrBuild(ReportStore store, DashboardOptions options, Func<RegionDashboard> build)
    {
        // Read before the data the build reads: a change committed in between makes the entry newer than its stamp.
        var key = new Key(store.Location.ConnectionString, store.ChangeStamp(), options.Scope, options.Region?.Trim().Trim('/') ?? "", options.Year, options.TrendYears);
        var entry = Entries.GetOrAdd(key, _ => new Lazy<RegionDashboard>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var dashboard = entry.Value;
            Trim(key);
            return dashboard;
        }
        catch
        {
            Entries.TryRemove(new KeyValuePair<Key, Lazy<RegionDashboard>>(key, entry));
            throw;
        }
    }

    /// <summary>Forgets every entry (tests).</summary>
    internal static void Clear() => Entries.Clear();

    // Entries of an older stamp of the same store can never be asked for again; past the capacity, the oldest go too.
    private static void Trim(Key latest)
    {
        foreach (var stale in Entries.Keys.Where(k => k.Store == latest.Store && k.Stamp < latest.Stamp))
        {
            Entries.TryRemove(stale, out _);
        }

        if (Entries.Count > Capacity)
        {
            foreach (var old in Entries.Keys.OrderBy(k => k.Stamp).Take(Entries.Count - Capacity))
            {
                Entries.TryRemove(old, out _);
            }
        }
    }

    private sealed record Key(string Store, long Stamp, AccessScope Scope, string Region, int Year, int TrendYears);
}
