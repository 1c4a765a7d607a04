using System.Data.Common;
using System.Text.RegularExpressions;
using Gongkai.Application.RollingUp;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Dashboards;

/// <summary>
/// The 区域看板 of a region and year: coverage against the registry, the totals and indicators of
/// <see cref="RollUpRegion"/>, the trend over years, the mixes of outcomes and applicants, a ranking of units by
/// requests received, and the sub-regions and units to drill into. Every read carries the caller's scope.
/// </summary>
public static partial class BuildDashboard
{
    private static readonly CellKey Received = new(TableKind.Requests.ToJsonKey(), RequestsTemplate.NewReceived.Value, RequestsTemplate.TotalColumn.Value);

    /// <summary>The dashboard <paramref name="options"/> asks for; a store that cannot be read is a failure in the result.</summary>
    public static DashboardResult Run(ReportStore store, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return new DashboardResult { Dashboard = DashboardCache.GetOrBuild(store, options, () => Build(store, options)) };
        }
        catch (DbException ex)
        {
            return new DashboardResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }

    private static RegionDashboard Build(ReportStore store, DashboardOptions options)
    {
        var region = string.IsNullOrWhiteSpace(options.Region) ? null : options.Region.Trim().Trim('/');
        var year = options.Year;
        var trend = RollUpRegion.Run(store, new RollUpOptions { Scope = options.Scope, Region = region, Year = year - Math.Max(1, options.TrendYears) + 1, ToYear = year }).Totals;
        var totals = trend.FirstOrDefault(t => t.Year == year) ?? new RegionTotals(region, year, 0, 0, []);

        var filter = new ReportFilter { Scope = options.Scope, Region = region, FromYear = year, ToYear = year };
        var reports = store.Reports(filter);
        var units = store.Units().Where(u => options.Scope.Covers(u) && RegionPath.Contains(region, u.Region)).ToList();
        var byUnit = reports.Where(r => r.UnitCode is not null).GroupBy(r => r.UnitCode!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        bool HasReport(RegisteredUnit u) => byUnit.ContainsKey(u.Code);

        var coverage = units.GroupBy(u => u.Level)
            .OrderBy(g => LevelOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LevelCoverage(g.Key, g.Count(), g.Count(HasReport)))
            .ToList();
        var missing = units.Where(u => !HasReport(u)).OrderBy(u => LevelOrder(u.Level)).ThenBy(u => u.Region, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();

        var placed = units.Select(u => (Unit: u, Child: ChildRegion(u.Region, region))).ToList();
        var subRegions = placed.Where(p => p.Child is not null)
            .GroupBy(p => p.Child!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SubRegion(g.Key, g.Key[(g.Key.LastIndexOf('/') + 1)..], g.Count(), g.Count(p => HasReport(p.Unit))))
            .ToList();
        var direct = placed.Where(p => p.Child is null)
            .Select(p => new RegionUnit(p.Unit, byUnit.GetValueOrDefault(p.Unit.Code)))
            .OrderBy(u => LevelOrder(u.Unit.Level)).ThenBy(u => u.Unit.Code, StringComparer.Ordinal)
            .ToList();

        return new RegionDashboard(region, year, totals, trend, coverage, missing, [.. reports.Where(r => r.UnitCode is null)], subRegions, direct,
            Ranking(store, filter, reports), Outcomes(totals), Applicants(totals));
    }

    // Summary reports (汇总) repeat their units' figures: ranking them beside those units would count them twice.
    private static List<RankedUnit> Ranking(ReportStore store, ReportFilter filter, IReadOnlyList<StoredReport> reports)
    {
        var own = reports.Where(r => !r.IsSummary).ToDictionary(r => r.ReportId);
        return [.. new StoreExports(store).Facts(filter, TableKind.Requests)
            .Where(f => f.Cell == Received && f.Value is not null && own.ContainsKey(f.ReportId))
            .Select(f => new RankedUnit(f.ReportId, f.Unit ?? "（未识别机关）", f.Region, f.Value!.Value))
            .OrderByDescending(r => r.Received).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static List<ChartSlice> Outcomes(RegionTotals totals) =>
    [
        .. RequestsTemplate.CommonOutcomes.Concat(RequestsTemplate.OtherRows2021).Concat(RequestsTemplate.OtherRows2019)
            .GroupBy(r => r.Key.Split('.')[0], StringComparer.Ordinal)
            .Select(g => new ChartSlice(GroupLabel(g.First().Label), Sum(g.Select(r => totals[Path(r.Id, RequestsTemplate.TotalColumn)])))),
    ];

    private static List<ChartSlice> Applicants(RegionTotals totals) =>
    [
        .. RequestsTemplate.Columns.Where(c => c.Id != RequestsTemplate.TotalColumn)
            .Select(c => new ChartSlice(c.Label, totals[Path(RequestsTemplate.NewReceived, c.Id)])),
    ];

    private static int LevelOrder(string level) => UnitLevel.All.ToList().IndexOf(level) is var i and >= 0 ? i : int.MaxValue;

    private static string Path(RowKey row, ColumnKey column) => new CellRef(TableKind.Requests, row, column).Path;

    private static decimal? Sum(IEnumerable<decimal?> values) =>
        values.Aggregate((decimal?)null, (sum, v) => v is { } x ? (sum ?? 0) + x : sum);

    // "（三）不予公开 1．属于国家秘密" → "（三）不予公开": the group's own title, taken from the catalogue's label.
    private static string GroupLabel(string label) => GroupTitle().Match(label) is { Success: true } m ? m.Value : label;

    /// <summary>The path of the region one level below <paramref name="region"/> that holds <paramref name="unitRegion"/>, or <see langword="null"/> when the unit is in <paramref name="region"/> itself.</summary>
    private static string? ChildRegion(string unitRegion, string? region)
    {
        var segments = unitRegion.Split('/');
        if (region is null)
        {
            return segments[0];
        }

        var asked = region.Split('/');
        for (var start = 0; start + asked.Length <= segments.Length; start++)
        {
            if (segments.AsSpan(start, asked.Length).SequenceEqual(asked))
            {
                var end = start + asked.Length;
                return end < segments.Length ? string.Join('/', segments[..(end + 1)]) : null;
            }
        }

        return null;
    }

    [GeneratedRegex("^（.）[^（\\s]+")]
    private static partial Regex GroupTitle();
}
