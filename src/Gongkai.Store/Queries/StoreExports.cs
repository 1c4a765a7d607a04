using System.Text.Json.Nodes;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Store.Database;

namespace Gongkai.Store.Queries;

/// <summary>
/// The store's current versions as rows for exports and audits: cell facts and stored JSON streamed from the
/// database (so exports of any size run in flat memory), the cells known for a table, and the findings stored at import.
/// </summary>
public sealed class StoreExports
{
    private readonly ReportStore _store;

    /// <summary>Rows from <paramref name="store"/>.</summary>
    public StoreExports(ReportStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Every cell stored for <paramref name="table"/> in any report, in template order.</summary>
    public IReadOnlyList<CellKey> CellKeys(TableKind table)
    {
        var tableKey = table.ToJsonKey();
        return [.. _store.Cells.AllKeys().Where(k => k.Table == tableKey).OrderBy(CellKey.Order)];
    }

    /// <summary>
    /// The printed cells of the reports matching <paramref name="filter"/> (of <paramref name="table"/> only, when
    /// given), report by report in the filter's order, each report's cells in cell order. Streamed: enumerate once.
    /// </summary>
    public IEnumerable<ExportedFact> Facts(ReportFilter filter, TableKind? table = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var tableKey = table?.ToJsonKey();
        foreach (var chunk in ReportChunks(filter))
        {
            var facts = VersionFacts(chunk.Select(r => r.VersionId)).ToDictionary(v => v.VersionId, v => v.Facts);
            foreach (var (report, versionId) in chunk)
            {
                foreach (var fact in facts.GetValueOrDefault(versionId) ?? [])
                {
                    if (tableKey is null || fact.Cell.Table == tableKey)
                    {
                        yield return new ExportedFact(report.ReportId, report.UnitCode, report.Unit, report.Region, report.Level, report.Year, report.Version,
                            report.Template, fact.Cell, fact.State, fact.Value);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The printed cells of the reports matching <paramref name="filter"/>, in the order and with the values of
    /// <see cref="Facts"/>, handed to <paramref name="sink"/> without an object per cell: what the CSV exports write
    /// 15 million rows from (issue #16). A report whose version has no packed cells is not given.
    /// </summary>
    /// <remarks>
    /// The next few hundred reports' cells are read on another thread while <paramref name="sink"/> takes the current
    /// ones (<see cref="ReadAhead"/>): the sink must not use the store until this returns.
    /// </remarks>
    public void Cells(ReportFilter filter, IExportedCellSink sink)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(sink);
        var adapter = new ExportedCellAdapter(sink);
        var chunks = ReportChunks(filter).Select(chunk => (Chunk: chunk, Packed: Packed(chunk.Select(r => r.VersionId)).ToDictionary(p => p.VersionId, p => p.Cells)));
        foreach (var (chunk, packed) in ReadAhead.OneAhead(chunks))
        {
            foreach (var (report, versionId) in chunk)
            {
                if (packed.TryGetValue(versionId, out var cells))
                {
                    sink.Report(report);
                    PackedCells.Unpack(cells, ref adapter);
                    sink.EndReport();
                }
            }
        }
    }

    /// <summary>The cell an id given to an <see cref="IExportedCellSink"/> stands for.</summary>
    public CellKey KeyOf(int cellId) => _store.Cells.Key(cellId);

    // The matching reports a few hundred at a time, each with its current version, in the filter's order. Their cells are
    // read chunk by chunk: one query sorting every cell of the store (a temporary B-tree of 15 million rows for 100,000
    // reports) took most of an export's time (issue #16).
    private IEnumerable<(ExportedReport Report, long VersionId)[]> ReportChunks(ReportFilter filter)
    {
        var (where, parameters) = filter.ToSql();
        var reports = _store.Db.Query(
            $"""
            SELECT r.id, u.code, COALESCE(u.name, r.agency), u.region, u.level, r.year, v.version, v.template, v.id
            FROM reports r
            JOIN report_versions v ON v.id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            WHERE {where}
            ORDER BY {ReportFilter.OrderBy}, r.id
            """,
            r => (Report: new ExportedReport(r.Long(0), r.String(1), r.String(2), r.String(3), r.String(4), r.NullableInt(5), (int)r.Long(6), r.String(7)),
                VersionId: r.Long(8)),
            parameters);
        return reports.Chunk(ReportsPerRead);
    }

    private const int ReportsPerRead = 500;

    /// <summary>Each matching report's stored JSON (canonical keys and details) with a <c>store</c> key naming its unit, region and version, one line each.</summary>
    public IEnumerable<string> JsonLines(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = filter.ToSql();
        using var command = _store.Db.Command(
            $"""
            SELECT v.report_json, u.code, u.region, u.level, v.version, r.id
            FROM reports r JOIN report_versions v ON v.id = r.current_version LEFT JOIN units u ON u.id = r.unit_id
            WHERE {where} ORDER BY {ReportFilter.OrderBy}
            """, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var json = JsonNode.Parse(reader.GetString(0))!.AsObject();
            json["store"] = new JsonObject
            {
                ["reportId"] = reader.Long(5),
                ["version"] = reader.Long(4),
                ["unitCode"] = reader.String(1),
                ["region"] = reader.String(2),
                ["level"] = reader.String(3),
            };
            yield return json.ToJsonString(StoreJson.Line);
        }
    }

    /// <summary>The findings stored at import with the versions <paramref name="versionIds"/>, version by version in the order they were found.</summary>
    public IEnumerable<StoredFinding> Findings(IEnumerable<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        foreach (var chunk in versionIds.Chunk(ReportsPerRead))
        {
            var ids = string.Join(',', chunk);
            var rows = _store.Db.Query($"SELECT version_id, code, severity, cells, message FROM findings WHERE version_id IN ({ids}) ORDER BY version_id, seq",
                r => new StoredFinding(r.Long(0), r.GetString(1), Enum.Parse<Severity>(r.GetString(2), ignoreCase: true), r.GetString(3), r.GetString(4)));
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// The printed cells of the versions <paramref name="versionIds"/>, version by version, each in cell order (what the
    /// audit's cross-report rules read, instead of each report's whole JSON). A version without cells is not listed.
    /// </summary>
    /// <remarks>
    /// Read from each version's packed cells (<c>version_cells</c>, the roll-ups' source): one short row per version
    /// instead of ~150 fact rows; values leave as a fact read would (<see cref="Values.Normalize"/>), so the audit's
    /// messages print alike whichever is read.
    /// </remarks>
    public IEnumerable<(long VersionId, List<FactRow> Facts)> VersionFacts(IEnumerable<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        foreach (var (versionId, cells) in PackedVersions(versionIds))
        {
            var facts = Unpack(cells);
            if (facts.Count > 0)
            {
                yield return (versionId, facts);
            }
        }
    }

    /// <summary>
    /// The packed cells of the versions <paramref name="versionIds"/>, in version id order, for a caller that unpacks
    /// them on other threads (<see cref="Unpack"/>); a version without packed cells is not listed.
    /// </summary>
    public IEnumerable<(long VersionId, byte[] Cells)> PackedVersions(IEnumerable<long> versionIds)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        return Packed(versionIds);
    }

    /// <summary>A version's packed cells (<see cref="PackedVersions"/>) as facts, in cell order; safe on any thread (it reads no database).</summary>
    public List<FactRow> Unpack(byte[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var sink = new FactRowSink(_store.Cells, new List<FactRow>(160));
        PackedCells.Unpack(cells, ref sink);
        return sink.Facts;
    }

    // The packed cells of the versions, chunk by chunk, in version id order.
    private IEnumerable<(long VersionId, byte[] Cells)> Packed(IEnumerable<long> versionIds)
    {
        foreach (var chunk in versionIds.Chunk(ReportsPerRead))
        {
            var ids = string.Join(',', chunk);
            foreach (var row in _store.Db.Query($"SELECT version_id, cells FROM version_cells WHERE version_id IN ({ids}) ORDER BY version_id",
                r => (VersionId: r.Long(0), Cells: r.GetFieldValue<byte[]>(1))))
            {
                yield return row;
            }
        }
    }

    private readonly struct FactRowSink(CellCatalog cells, List<FactRow> facts) : IPackedCellSink
    {
        public List<FactRow> Facts => facts;

        public void Number(int cell, long value) => facts.Add(new FactRow(cells.Key(cell), CellState.Number, value));

        public void Number(int cell, decimal value) => facts.Add(new FactRow(cells.Key(cell), CellState.Number, Values.Normalize(value)));

        public void NoNumber(int cell, int state) => facts.Add(new FactRow(cells.Key(cell), StoredCellState.Of(state), null));
    }

    private readonly struct ExportedCellAdapter(IExportedCellSink sink) : IPackedCellSink
    {
        public void Number(int cell, long value) => sink.Number(cell, value);

        public void Number(int cell, decimal value) => sink.Number(cell, Values.Normalize(value));

        public void NoNumber(int cell, int state) => sink.NoNumber(cell, StoredCellState.Of(state));
    }
}
