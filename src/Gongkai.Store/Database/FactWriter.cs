using System.Data.Common;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Store.Database;

/// <summary>Writes a version's facts and findings: ~150 rows per report, so the per-row cost decides the import rate.</summary>
/// <remarks>SQLite: one prepared statement re-bound per row (in-process, no round trips). PostgreSQL: one array insert per table, one round trip each.</remarks>
internal abstract class FactWriter
{
    public static FactWriter For(StoreConnection db) => db.Engine == StoreEngine.Postgres ? new PostgresFactWriter() : new SqliteFactWriter();

    public abstract void Write(StoreConnection db, long versionId, IEnumerable<(long CellId, FactRow Fact)> facts);

    public abstract void WriteFindings(StoreConnection db, long versionId, IReadOnlyList<Diagnostic> findings);

    internal static int StateCode(CellState state) => state switch
    {
        CellState.Number => 0,
        CellState.Blank => 1,
        _ => 2,
    };

    protected static string CellPaths(Diagnostic finding) => string.Join(' ', finding.Cells.Select(c => c.Path));

    private sealed class SqliteFactWriter : FactWriter
    {
        public override void Write(StoreConnection db, long versionId, IEnumerable<(long CellId, FactRow Fact)> facts)
        {
            using var command = db.Command("INSERT INTO facts (version_id, cell_id, state, value) VALUES (@v, @c, @s, @x) ON CONFLICT DO NOTHING",
                ("v", versionId), ("c", 0L), ("s", 0), ("x", null));
            command.Prepare();
            foreach (var (cellId, fact) in facts)
            {
                command.Parameters[1].Value = cellId;
                command.Parameters[2].Value = StateCode(fact.State);
                command.Parameters[3].Value = fact.Value is { } value ? value : DBNull.Value;
                command.ExecuteNonQuery();
            }
        }

        public override void WriteFindings(StoreConnection db, long versionId, IReadOnlyList<Diagnostic> findings)
        {
            if (findings.Count == 0)
            {
                return;
            }

            using var command = db.Command("INSERT INTO findings (version_id, seq, code, severity, cells, message) VALUES (@v, @q, @c, @s, @p, @m)",
                ("v", versionId), ("q", 0), ("c", ""), ("s", ""), ("p", ""), ("m", ""));
            command.Prepare();
            for (var i = 0; i < findings.Count; i++)
            {
                Bind(command, i, findings[i]);
                command.ExecuteNonQuery();
            }
        }

        private static void Bind(DbCommand command, int seq, Diagnostic finding)
        {
            command.Parameters[1].Value = seq;
            command.Parameters[2].Value = finding.Code;
            command.Parameters[3].Value = finding.Severity.ToString().ToLowerInvariant();
            command.Parameters[4].Value = CellPaths(finding);
            command.Parameters[5].Value = finding.Message;
        }
    }

    // One INSERT … SELECT FROM unnest(arrays) per table and report: one round trip, like binary COPY (which
    // measured the same), but an ordinary statement that takes part in the transaction like every other.
    private sealed class PostgresFactWriter : FactWriter
    {
        public override void Write(StoreConnection db, long versionId, IEnumerable<(long CellId, FactRow Fact)> facts)
        {
            // A report never prints a cell twice, but a damaged table could: keep the first, as SQLite's ON CONFLICT does.
            var rows = facts.DistinctBy(f => f.CellId).ToList();
            using var command = (NpgsqlCommand)db.Command(
                "INSERT INTO facts (version_id, cell_id, state, value) SELECT @v, * FROM unnest(@cells, @states, @values)", ("v", versionId));
            command.Parameters.Add(new NpgsqlParameter("cells", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(r => r.CellId).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("states", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => StateCode(r.Fact.State)).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = rows.Select(r => r.Fact.Value).ToArray() });
            command.ExecuteNonQuery();
        }

        public override void WriteFindings(StoreConnection db, long versionId, IReadOnlyList<Diagnostic> findings)
        {
            if (findings.Count == 0)
            {
                return;
            }

            using var command = (NpgsqlCommand)db.Command(
                "INSERT INTO findings (version_id, seq, code, severity, cells, message) SELECT @v, * FROM unnest(@seq, @codes, @severities, @cells, @messages)",
                ("v", versionId));
            command.Parameters.Add(new NpgsqlParameter("seq", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = Enumerable.Range(0, findings.Count).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = findings.Select(f => f.Code).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("severities", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = findings.Select(f => f.Severity.ToString().ToLowerInvariant()).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("cells", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = findings.Select(CellPaths).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("messages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = findings.Select(f => f.Message).ToArray() });
            command.ExecuteNonQuery();
        }
    }
}
