using Gongkai.Core.Model;
using Gongkai.Store.Database;

namespace Gongkai.Store.Queries;

/// <summary>Roll-ups and comparisons over a store's current versions: the library API behind the CLI (and the web app).</summary>
public sealed class StoreQueries
{
    private readonly ReportStore _store;

    /// <summary>Queries over <paramref name="store"/>.</summary>
    public StoreQueries(ReportStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>
    /// Region × year totals of every cell, one <see cref="RegionTotals"/> per year in <paramref name="filter"/>.
    /// Summary reports (汇总) are left out: their units' own reports are already in the sum.
    /// </summary>
    /// <remarks>
    /// Reads each current version's packed cells (<c>version_cells</c>, written at import) rather than its ~150 fact
    /// rows: one short row per report, found by key from <c>reports</c>, filtered by the same WHERE as every listing.
    /// </remarks>
    public IReadOnlyList<RegionTotals> Totals(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = filter.ToSql();
        var byYear = new Dictionary<int, YearSums>();
        foreach (var part in SumParts(where, parameters))
        {
            foreach (var (year, sums) in part)
            {
                if (byYear.TryGetValue(year, out var total))
                {
                    total.Add(sums);
                }
                else
                {
                    byYear[year] = sums;
                }
            }
        }

        // Loops and a sorted array of years rather than LINQ over the dictionary's pairs (structs): generic code over
        // value types is compiled when the command runs, ReadyToRun cannot precompile it (docs/performance.md).
        var years = new int[byYear.Count];
        byYear.Keys.CopyTo(years, 0);
        Array.Sort(years);
        var totals = new RegionTotals[years.Length];
        for (var i = 0; i < years.Length; i++)
        {
            var sums = byYear[years[i]];
            totals[i] = new RegionTotals(filter.Region, years[i], sums.Reports, sums.SummaryReports,
                [.. sums.Cells.Totals(_store.Cells).OrderBy(c => CellKey.Order(c.Cell))]);
        }

        return totals;
    }

    // Sums in memory rather than in SQL: the cells are packed, and cell ids are small integers, so the running sums
    // are arrays indexed by cell id, one set per year (Sums). On SQLite the reports are split over one reader
    // connection per core (WAL readers do not block each other).
    private Dictionary<int, YearSums>[] SumParts(string where, (string, object?)[] parameters)
    {
        var parts = _store.Engine == StoreEngine.Sqlite ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;
        var partials = new Dictionary<int, YearSums>[parts];
        if (parts == 1)
        {
            partials[0] = SumPart(_store.Db, where, parameters, 1, 0);
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                using var connection = StoreConnection.Open(_store.Location);
                partials[part] = SumPart(connection, where, parameters, parts, part);
            });
        }

        return partials;
    }

    private static Dictionary<int, YearSums> SumPart(StoreConnection db, string where, (string, object?)[] parameters, int parts, int part)
    {
        var byYear = new Dictionary<int, YearSums>();
        using var command = db.Command(
            $"""
            SELECT r.year, c.is_summary, CASE WHEN c.is_summary THEN NULL ELSE c.cells END
            FROM reports r
            JOIN version_cells c ON c.version_id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            WHERE {where} AND r.year IS NOT NULL AND r.id % @parts = @part
            """,
            [.. parameters, ("parts", parts), ("part", part)]);
        using var reader = command.ExecuteReader();
        YearSums? sums = null;
        var year = int.MinValue;
        while (reader.Read())
        {
            var rowYear = reader.GetInt32(0);
            if (rowYear != year || sums is null)
            {
                year = rowYear;
                if (!byYear.TryGetValue(year, out sums))
                {
                    byYear[year] = sums = new YearSums();
                }
            }

            if (reader.IsDBNull(2))
            {
                sums.SummaryReports++;
            }
            else
            {
                sums.Reports++;
                var sink = sums.Cells.AsSink();
                PackedCells.Unpack(reader.GetFieldValue<byte[]>(2), ref sink);
            }
        }

        return byYear;
    }

    /// <summary>The totals of <paramref name="region"/> in <paramref name="year"/> (an empty roll-up when nothing is stored).</summary>
    public RegionTotals Totals(string? region, int year) =>
        Totals(ReportFilter.ForYear(AccessScope.All, year, region)).FirstOrDefault() ?? new RegionTotals(region, year, 0, 0, []);

    /// <summary>The printed cells of one stored version, by cell.</summary>
    public IReadOnlyDictionary<CellKey, decimal?> Facts(long versionId) =>
        _store.Db.Query("SELECT cell_id, value FROM facts WHERE version_id = @v", r => (Cell: _store.Cells.Key(r.Long(0)), Value: r.Decimal(1)), ("v", versionId))
            .ToDictionary(f => f.Cell, f => f.Value);

    /// <summary>One unit's report on <paramref name="year"/> against its report on the year before.</summary>
    /// <param name="agency">The unit's code or name.</param>
    /// <param name="year">The year.</param>
    /// <param name="scope">Who is asking: a report outside it is not found .</param>
    /// <returns><see langword="null"/> when the unit has no report on <paramref name="year"/>.</returns>
    public Comparison? YearOverYear(string agency, int year, AccessScope scope)
    {
        var current = Find(agency, year, scope);
        return current is null ? null : Compare(current, Find(agency, year - 1, scope), $"{year - 1}年", $"{year}年");
    }

    /// <summary>Two units' reports on the same year.</summary>
    /// <param name="left">The first unit's code or name.</param>
    /// <param name="right">The second unit's code or name.</param>
    /// <param name="year">The year.</param>
    /// <param name="scope">Who is asking: a report outside it is not found .</param>
    /// <returns><see langword="null"/> when <paramref name="left"/> has no report on <paramref name="year"/>.</returns>
    public Comparison? UnitVersusUnit(string left, string right, int year, AccessScope scope)
    {
        var first = Find(left, year, scope);
        var second = Find(right, year, scope);
        return first is null ? null : Compare(first, second, first.UnitName ?? first.Agency ?? left, second?.UnitName ?? second?.Agency ?? right, swap: true);
    }

    /// <summary>The report of <paramref name="agency"/> (unit code or name) on <paramref name="year"/> within <paramref name="scope"/>, or <see langword="null"/>.</summary>
    public StoredReport? Find(string agency, int year, AccessScope scope) =>
        _store.Reports(new ReportFilter { Agency = agency, FromYear = year, ToYear = year, Scope = scope }).FirstOrDefault();

    /// <summary>The stored report's content.</summary>
    public AnnualReport? Load(StoredReport report) => _store.LoadCurrent((report ?? throw new ArgumentNullException(nameof(report))).ReportId);

    private Comparison Compare(StoredReport main, StoredReport? other, string leftLabel, string rightLabel, bool swap = false)
    {
        var mainFacts = Facts(main.VersionId);
        var otherFacts = other is null ? new Dictionary<CellKey, decimal?>() : Facts(other.VersionId);
        var (left, right) = swap ? (mainFacts, otherFacts) : (otherFacts, mainFacts);
        var rows = left.Keys.Union(right.Keys).OrderBy(CellKey.Order)
            .Select(k => new ComparedCell(k, left.GetValueOrDefault(k), right.GetValueOrDefault(k)))
            .ToList();
        var (leftReport, rightReport) = swap ? (main, other) : (other, main);
        return new Comparison(leftLabel, rightLabel, leftReport, rightReport, rows,
            Indicators.From(p => Lookup(left, p)), Indicators.From(p => Lookup(right, p)));
    }

    private static decimal? Lookup(IReadOnlyDictionary<CellKey, decimal?> facts, string path) =>
        CellKey.FromPath(path) is { } key ? facts.GetValueOrDefault(key) : null;
}

/// <summary>One cell of two reports side by side.</summary>
public sealed record ComparedCell(CellKey Cell, decimal? Left, decimal? Right)
{
    /// <summary>Right − left, when both are printed.</summary>
    public decimal? Change => Left is { } l && Right is { } r ? r - l : null;
}

/// <summary>Two reports side by side (a unit's two years, or two units' same year), with their indicators.</summary>
public sealed record Comparison(string LeftLabel, string RightLabel, StoredReport? Left, StoredReport? Right, IReadOnlyList<ComparedCell> Cells, Indicators LeftIndicators, Indicators RightIndicators);
