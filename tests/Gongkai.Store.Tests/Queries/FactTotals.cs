using System.Globalization;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;

namespace Gongkai.Store.Tests.Queries;

/// <summary>
/// The oracle of roll-ups: the totals as <see cref="StoreQueries.Totals(ReportFilter)"/> summed them before migration
/// 0013, from every fact of the current versions, with the filter's region written as it was then (a pattern on the
/// report's unit rather than a list of units).
/// </summary>
internal static class FactTotals
{
    public static IReadOnlyList<RegionTotals> Of(ReportStore store, ReportFilter filter)
    {
        var (where, parameters) = filter.ToSql();
        where = where
            .Replace("r.unit_id IN (SELECT id FROM units WHERE region = @region OR region LIKE @regionBelow OR region LIKE @regionSegment OR region LIKE @regionSegmentBelow)",
                "(u.region = @region OR u.region LIKE @regionBelow OR u.region LIKE @regionSegment OR u.region LIKE @regionSegmentBelow)", StringComparison.Ordinal);
        Assert.DoesNotContain("FROM units WHERE region", where, StringComparison.Ordinal);
        const string from = "FROM reports r JOIN report_versions v ON v.id = r.current_version LEFT JOIN units u ON u.id = r.unit_id";
        var counts = store.Db.Query($"SELECT r.year, v.is_summary, COUNT(*) {from} WHERE {where} AND r.year IS NOT NULL GROUP BY r.year, v.is_summary",
            r => (Year: (int)r.Long(0), Summary: r.Bool(1), Count: (int)r.Long(2)), parameters);
        var facts = store.Db.Query(
            $"SELECT r.year, f.cell_id, f.state, f.value {from} JOIN facts f ON f.version_id = r.current_version WHERE {where} AND v.is_summary = @summary AND r.year IS NOT NULL",
            r => (Year: (int)r.Long(0), Cell: r.Long(1), Number: r.Long(2) == 0 && !r.IsDBNull(3), Value: r.Decimal(3)),
            [.. parameters, ("summary", false)]);
        return [.. counts.Select(c => c.Year).Distinct().Order().Select(year => new RegionTotals(
            filter.Region,
            year,
            counts.Where(c => c.Year == year && !c.Summary).Sum(c => c.Count),
            counts.Where(c => c.Year == year && c.Summary).Sum(c => c.Count),
            [.. facts.Where(f => f.Year == year).GroupBy(f => f.Cell).OrderBy(g => g.Key)
                .Select(g => new CellTotal(store.Cells.Key(g.Key), Values.Normalize(g.Where(f => f.Number).Sum(f => f.Value!.Value)), g.Count(f => f.Number), g.Count(f => !f.Number)))
                .OrderBy(c => CellKey.Order(c.Cell))]))];
    }

    /// <summary>Totals as text, every sum as it prints (so that 1.5 and 1.50 differ), for comparing two roll-ups exactly.</summary>
    public static IEnumerable<string> Print(IEnumerable<RegionTotals> totals) =>
        totals.SelectMany(t => new[] { $"{t.Region} {t.Year}: {t.Reports} reports, {t.SummaryReports} summaries" }
            .Concat(t.Cells.Select(c => string.Create(CultureInfo.InvariantCulture, $"{t.Year} {c.Cell.Path} = {c.Sum} ({c.Reporting} printed, {c.Blank} blank)"))));
}
