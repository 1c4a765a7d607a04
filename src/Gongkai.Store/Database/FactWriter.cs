using System.Data.Common;
using Gongkai.Core.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Store.Database;

/// <summary>Writes a version's facts and findings: ~150 rows per report, so the per-row cost decides the import rate.</summary>
/// <remarks>SQLite: one statement compiled once per connection and re-bound per row by position (in-process, no round trips). PostgreSQL: one binary COPY per table.</remarks>
internal abstract class FactWriter : IDisposable
{
    public static FactWriter For(StoreConnection db) => db.Engine == StoreEngine.Postgres ? new PostgresFactWriter() : new SqliteFactWriter();

    public abstract void Write(StoreConnection db, long versionId, IEnumerable<(long CellId, FactRow Fact)> facts);

    public abstract void WriteFindings(StoreConnection db, long versionId, IReadOnlyList<Diagnostic> findings);

    /// <summary>Releases what the writer keeps compiled on its connection (before the connection closes).</summary>
    public virtual void Dispose()
    {
    }

    protected static string CellPaths(Diagnostic finding) => string.Join(' ', finding.Cells.Select(c => c.Path));

    private sealed class SqliteFactWriter : FactWriter
    {
        // Compiled on the first report and reused for every row of every report the connection stores (issue #16).
        private SqliteStatement? _insertFact;

        public override void Write(StoreConnection db, long versionId, IEnumerable<(long CellId, FactRow Fact)> facts)
        {
            var insert = _insertFact ??= SqliteStatement.Prepare(db, "INSERT INTO facts (version_id, cell_id, state, value) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
            foreach (var (cellId, fact) in facts)
            {
                insert.Bind(1, versionId);
                insert.Bind(2, cellId);
                insert.Bind(3, StoredCellState.Code(fact.State));
                insert.BindNumber(4, fact.Value);
                insert.Run();
            }
        }

        public override void Dispose() => _insertFact?.Dispose();

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

    /// <summary>The facts of several versions in one binary COPY (PostgreSQL).</summary>
    public static void CopyFacts(StoreConnection db, IReadOnlyList<(long VersionId, long CellId, FactRow Fact)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        db.SendDeferred();
        using var copy = ((NpgsqlConnection)db.Connection).BeginBinaryImport("COPY facts (version_id, cell_id, state, value) FROM STDIN (FORMAT BINARY)");
        foreach (var (versionId, cellId, fact) in rows)
        {
            copy.StartRow();
            copy.Write(versionId, NpgsqlDbType.Bigint);
            copy.Write(cellId, NpgsqlDbType.Bigint);
            copy.Write(StoredCellState.Code(fact.State), NpgsqlDbType.Integer);
            if (fact.Value is { } value)
            {
                copy.Write(value, NpgsqlDbType.Numeric);
            }
            else
            {
                copy.WriteNull();
            }
        }

        copy.Complete();
    }

    /// <summary>The findings of several versions in one binary COPY (PostgreSQL).</summary>
    public static void CopyFindings(StoreConnection db, IReadOnlyList<(long VersionId, int Seq, Diagnostic Finding)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        db.SendDeferred();
        using var copy = ((NpgsqlConnection)db.Connection).BeginBinaryImport("COPY findings (version_id, seq, code, severity, cells, message) FROM STDIN (FORMAT BINARY)");
        foreach (var (versionId, seq, finding) in rows)
        {
            copy.StartRow();
            copy.Write(versionId, NpgsqlDbType.Bigint);
            copy.Write(seq, NpgsqlDbType.Integer);
            copy.Write(finding.Code, NpgsqlDbType.Text);
            copy.Write(finding.Severity.ToString().ToLowerInvariant(), NpgsqlDbType.Text);
            copy.Write(CellPaths(finding), NpgsqlDbType.Text);
            copy.Write(finding.Message, NpgsqlDbType.Text);
        }

        copy.Complete();
    }

    // Binary COPY (issue #16): the rows go to the server in its own binary format in one stream, no SQL to parse and
    // no arrays to unpack; COPY takes part in the open transaction (and its savepoint) like any statement. A batch
    // copies all its versions' rows at once (PendingVersionRows); a single save copies its own.
    private sealed class PostgresFactWriter : FactWriter
    {
        public override void Write(StoreConnection db, long versionId, IEnumerable<(long CellId, FactRow Fact)> facts) =>
            // A report never prints a cell twice, but a damaged table could: keep the first, as SQLite's ON CONFLICT does.
            CopyFacts(db, [.. facts.DistinctBy(f => f.CellId).Select(f => (versionId, f.CellId, f.Fact))]);

        public override void WriteFindings(StoreConnection db, long versionId, IReadOnlyList<Diagnostic> findings) =>
            CopyFindings(db, [.. findings.Select((f, i) => (versionId, i, f))]);
    }
}
