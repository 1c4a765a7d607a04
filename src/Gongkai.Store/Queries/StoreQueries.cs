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
    public IReadOnlyList<RegionTotals> Totals(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = filter.ToSql();
        var cells = SumFacts(where, parameters);
        var counts = _store.Db.Query(
            $"""
            SELECT r.year, v.is_summary, COUNT(*)
            FROM reports r
            JOIN report_versions v ON v.id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            WHERE {where} AND r.year IS NOT NULL
            GROUP BY r.year, v.is_summary
            """,
            r => (Year: (int)r.Long(0), Summary: r.Bool(1), Count: (int)r.Long(2)),
            parameters);
        return [.. counts.Select(c => c.Year).Distinct().Order().Select(year => new RegionTotals(
            filter.Region,
            year,
            counts.Where(c => c.Year == year && !c.Summary).Sum(c => c.Count),
            counts.Where(c => c.Year == year && c.Summary).Sum(c => c.Count),
            [.. cells.Where(c => c.Year == year).Select(c => c.Total).OrderBy(c => CellKey.Order(c.Cell))]))];
    }

    // Sums in memory rather than with GROUP BY: sorting two million (report, cell) rows into a temporary B-tree
    // costs SQLite seven times the scan itself. Cell ids are small integers, so the running sums are arrays
    // indexed by cell id, one set per year; values are read typed (no boxing), integers exactly as integers.
    // On SQLite the reports are split over one reader connection per core (WAL readers do not block each other).
    private List<(int Year, CellTotal Total)> SumFacts(string where, (string, object?)[] parameters)
    {
        var parts = _store.Engine == StoreEngine.Sqlite ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;
        var partials = new Dictionary<int, Sums>[parts];
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

        var byYear = new Dictionary<int, Sums>();
        foreach (var (year, sums) in partials.SelectMany(p => p))
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

        return [.. byYear.SelectMany(y => y.Value.Totals(_store.Cells).Select(t => (y.Key, t)))];
    }

    private static Dictionary<int, Sums> SumPart(StoreConnection db, string where, (string, object?)[] parameters, int parts, int part)
    {
        var byYear = new Dictionary<int, Sums>();
        using var command = db.Command(
            $"""
            SELECT r.year, f.cell_id, f.state, f.value
            FROM reports r
            JOIN report_versions v ON v.id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            JOIN facts f ON f.version_id = r.current_version
            WHERE {where} AND v.is_summary = @summary AND r.year IS NOT NULL AND r.id % @parts = @part
            ORDER BY r.year
            """,
            [.. parameters, ("summary", false), ("parts", parts), ("part", part)]);
        using var reader = command.ExecuteReader();
        Sums? sums = null;
        var year = int.MinValue;
        while (reader.Read())
        {
            var rowYear = reader.GetInt32(0);
            if (rowYear != year || sums is null)
            {
                year = rowYear;
                if (!byYear.TryGetValue(year, out sums))
                {
                    byYear[year] = sums = new Sums();
                }
            }

            var cell = (int)reader.GetInt64(1);
            if (reader.GetInt32(2) != 0 || reader.IsDBNull(3))
            {
                sums.AddBlank(cell);
            }
            else if (db.Engine == StoreEngine.Postgres)
            {
                sums.Add(cell, reader.GetDecimal(3));
            }
            else if (reader.GetFieldType(3) == typeof(long))
            {
                sums.Add(cell, reader.GetInt64(3));
            }
            else
            {
                // SQLite keeps a fraction (万元) as a REAL; round it back to the 4 places stored.
                sums.Add(cell, Math.Round((decimal)reader.GetDouble(3), 4));
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

/// <summary>Running sums per cell id: integers stay integers (exact and fast), fractions are summed as decimal.</summary>
internal sealed class Sums
{
    private long[] _integers = new long[512];
    private decimal[] _decimals = new decimal[512];
    private int[] _reporting = new int[512];
    private int[] _blank = new int[512];

    public void Add(int cell, long value)
    {
        Grow(cell);
        _reporting[cell]++;
        _integers[cell] += value;
    }

    public void Add(int cell, decimal value)
    {
        Grow(cell);
        _reporting[cell]++;
        _decimals[cell] += value;
    }

    public void Add(Sums other)
    {
        Grow(other._reporting.Length - 1);
        for (var cell = 0; cell < other._reporting.Length; cell++)
        {
            _integers[cell] += other._integers[cell];
            _decimals[cell] += other._decimals[cell];
            _reporting[cell] += other._reporting[cell];
            _blank[cell] += other._blank[cell];
        }
    }

    public void AddBlank(int cell)
    {
        Grow(cell);
        _blank[cell]++;
    }

    public IEnumerable<CellTotal> Totals(CellCatalog catalog)
    {
        for (var cell = 0; cell < _reporting.Length; cell++)
        {
            if (_reporting[cell] + _blank[cell] > 0)
            {
                yield return new CellTotal(catalog.Key(cell), Values.Normalize(_integers[cell] + _decimals[cell]), _reporting[cell], _blank[cell]);
            }
        }
    }

    private void Grow(int cell)
    {
        if (cell < _reporting.Length)
        {
            return;
        }

        var size = Math.Max(cell + 1, _reporting.Length * 2);
        Array.Resize(ref _integers, size);
        Array.Resize(ref _decimals, size);
        Array.Resize(ref _reporting, size);
        Array.Resize(ref _blank, size);
    }
}

/// <summary>One cell of two reports side by side.</summary>
public sealed record ComparedCell(CellKey Cell, decimal? Left, decimal? Right)
{
    /// <summary>Right − left, when both are printed.</summary>
    public decimal? Change => Left is { } l && Right is { } r ? r - l : null;
}

/// <summary>Two reports side by side (a unit's two years, or two units' same year), with their indicators.</summary>
public sealed record Comparison(string LeftLabel, string RightLabel, StoredReport? Left, StoredReport? Right, IReadOnlyList<ComparedCell> Cells, Indicators LeftIndicators, Indicators RightIndicators);
