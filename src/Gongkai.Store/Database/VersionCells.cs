using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Store.Database;

/// <summary>
/// The table <c>version_cells</c> (migration 0013): one row per version with its cells packed
/// (<see cref="PackedCells"/>) and its summary flag, what roll-ups read instead of the facts.
/// </summary>
/// <remarks>
/// Written in the transaction that writes the version's facts, and like them never updated: a version's cells do not
/// change, and which version is current is the <c>reports</c> row's business, so making another version current,
/// moving versions to another report or re-matching a unit needs nothing here. Stores from before 0013 are filled in
/// from their facts by the migration (<see cref="Backfill"/>).
/// </remarks>
internal static class VersionCells
{
    // Versions per read while filling in or checking: bounded memory, and few round trips.
    private const int Chunk = 2000;

    /// <summary>Writes the row of a new version (next to <see cref="FactWriter.Write"/>, in its transaction).</summary>
    public static void Write(StoreConnection db, long versionId, bool isSummary, IEnumerable<(long CellId, FactRow Fact)> facts) =>
        Insert(db, [(versionId, isSummary, Pack(facts))]);

    /// <summary>The <c>cells</c> value of a version with <paramref name="facts"/>.</summary>
    public static byte[] Pack(IEnumerable<(long CellId, FactRow Fact)> facts) =>
        PackedCells.Pack(facts.Select(f => (f.CellId, StoredCellState.Code(f.Fact.State), f.Fact.Value)));

    /// <summary>Packs the facts of every version that has no row yet (migration 0013 on a store written before it).</summary>
    public static void Backfill(StoreConnection db)
    {
        foreach (var chunk in FromFacts(db, "NOT EXISTS (SELECT 1 FROM version_cells c WHERE c.version_id = v.id)"))
        {
            Insert(db, chunk);
        }
    }

    /// <summary>How many versions' rows differ from their facts packed again (<see cref="ReportStore.FindInconsistencies"/>).</summary>
    public static long CountMismatches(StoreConnection db)
    {
        var mismatches = 0L;
        foreach (var chunk in FromFacts(db, "EXISTS (SELECT 1 FROM version_cells c WHERE c.version_id = v.id)"))
        {
            var stored = db.Query("SELECT version_id, is_summary, cells FROM version_cells WHERE version_id >= @first AND version_id <= @last",
                    r => (Id: r.Long(0), IsSummary: r.Bool(1), Cells: r.GetFieldValue<byte[]>(2)), ("first", chunk[0].VersionId), ("last", chunk[^1].VersionId))
                .ToDictionary(s => s.Id);
            mismatches += chunk.Count(v => !stored.TryGetValue(v.VersionId, out var row) || row.IsSummary != v.IsSummary || !row.Cells.AsSpan().SequenceEqual(v.Packed));
        }

        return mismatches;
    }

    // The versions matching `condition` (on `v`, report_versions) with their facts packed, in chunks of ascending id.
    // Each chunk is read whole before it is returned: PostgreSQL runs one command at a time on a connection.
    private static IEnumerable<List<(long VersionId, bool IsSummary, byte[] Packed)>> FromFacts(StoreConnection db, string condition)
    {
        var after = 0L;
        while (true)
        {
            var versions = db.Query($"SELECT v.id, v.is_summary FROM report_versions v WHERE v.id > @after AND {condition} ORDER BY v.id LIMIT {Chunk}",
                r => (Id: r.Long(0), IsSummary: r.Bool(1)), ("after", after));
            if (versions.Count == 0)
            {
                yield break;
            }

            var facts = db.Query("SELECT version_id, cell_id, state, value FROM facts WHERE version_id >= @first AND version_id <= @last",
                    r => (Version: r.Long(0), Cell: r.Long(1), State: (int)r.Long(2), Value: StoredValue(r, 3)), ("first", versions[0].Id), ("last", versions[^1].Id))
                .ToLookup(f => f.Version);
            yield return [.. versions.Select(v => (v.Id, v.IsSummary, PackedCells.Pack(facts[v.Id].Select(f => (f.Cell, f.State, f.Value)))))];
            after = versions[^1].Id;
        }
    }

    // A fact's value as the engine returns it (SQLite: integer, real or text; PostgreSQL: numeric), unrounded:
    // PackedCells.Pack rounds it as the store keeps it.
    private static decimal? StoredValue(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Inserts the rows of new versions (one statement on PostgreSQL).</summary>
    public static void Insert(StoreConnection db, IReadOnlyList<(long VersionId, bool IsSummary, byte[] Packed)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Engine == StoreEngine.Postgres)
        {
            using var command = (NpgsqlCommand)db.Command("INSERT INTO version_cells (version_id, is_summary, cells) SELECT * FROM unnest(@ids, @summaries, @cells)");
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(r => r.VersionId).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("summaries", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = rows.Select(r => r.IsSummary).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("cells", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = rows.Select(r => r.Packed).ToArray() });
            command.ExecuteNonQuery();
            return;
        }

        using var insert = db.Command("INSERT INTO version_cells (version_id, is_summary, cells) VALUES (@v, @s, @c)", ("v", 0L), ("s", false), ("c", Array.Empty<byte>()));
        insert.Prepare();
        foreach (var (versionId, isSummary, packed) in rows)
        {
            insert.Parameters[0].Value = versionId;
            insert.Parameters[1].Value = isSummary;
            insert.Parameters[2].Value = packed;
            insert.ExecuteNonQuery();
        }
    }
}
