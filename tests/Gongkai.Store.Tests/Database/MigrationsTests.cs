using Gongkai.Core.Diagnostics;
using Gongkai.Store.Database;
using Gongkai.Store.Tests.Queries;

namespace Gongkai.Store.Tests.Database;

/// <summary>
/// Migration 0014 (facts without foreign keys): a store written at schema 0013 keeps every row, its keys and its view,
/// and loses only the foreign keys of facts.
/// </summary>
public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_store_written_at_schema_0013_keeps_every_row_when_facts_lose_their_foreign_keys(string engine)
    {
        using var test = TestStore.Create(engine);
        List<string> rows, raw, keys;
        long currentFacts;
        using (var old = ReportStore.Open(test.Location, schemaThrough: 13))
        {
            RandomStore.Fill(old, seed: 14);
            old.Save(StoredSample.Prepare("s02-docx-2019-errors") with { Findings = Findings(3) });
            Assert.Equal(["facts → cells", "facts → report_versions", "findings → report_versions"], ForeignKeys(old, "facts", "findings"));
            rows = StoreRows.All(test.Location);
            raw = RawRows(old);
            keys = PrimaryKeys(old);
            currentFacts = old.Db.Scalar<long>("SELECT COUNT(*) FROM current_facts");
        }

        using var upgraded = test.Open();

        Assert.Equal(rows, StoreRows.All(test.Location));
        Assert.Equal(raw, RawRows(upgraded));
        Assert.Equal(keys, PrimaryKeys(upgraded));
        Assert.Equal(currentFacts, upgraded.Db.Scalar<long>("SELECT COUNT(*) FROM current_facts"));
        Assert.Equal(["findings → report_versions"], ForeignKeys(upgraded, "facts", "findings"));
        Assert.Equal(["version_cells → report_versions"], ForeignKeys(upgraded, "version_cells"));
        Assert.True(raw.Count > 5000, $"{raw.Count} rows");
        Assert.Empty(upgraded.FindInconsistencies());

        // The store goes on working as before: a new version with findings, and a fact written twice is still refused
        // by the primary key.
        upgraded.Save(StoredSample.Prepare("s02-docx-2019-errors", edition: "\n") with { Findings = Findings(2) });
        Assert.Equal(5, upgraded.Db.Scalar<long>("SELECT COUNT(*) FROM findings"));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => upgraded.Db.Execute(
            "INSERT INTO facts (version_id, cell_id, state, value) SELECT version_id, cell_id, state, value FROM facts WHERE version_id = (SELECT MIN(version_id) FROM facts) AND cell_id = (SELECT MIN(cell_id) FROM facts WHERE version_id = (SELECT MIN(version_id) FROM facts))"));
        Assert.Empty(upgraded.FindInconsistencies());
    }

    private static IReadOnlyList<Diagnostic> Findings(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Diagnostic.Create("GK0301", i == 1 ? Severity.Error : Severity.Warning, $"第 {i} 个测试问题"))];

    // Every fact and finding with its ids: the migration copies rows, it must not renumber them.
    private static List<string> RawRows(ReportStore store) =>
    [
        .. store.Db.Query("SELECT version_id, cell_id, state, value FROM facts ORDER BY version_id, cell_id",
            r => $"{r.Long(0)} {r.Long(1)} {r.Long(2)} {r.Decimal(3)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∅"}"),
        .. store.Db.Query("SELECT version_id, seq, code, severity, cells, message FROM findings ORDER BY version_id, seq",
            r => $"{r.Long(0)} {r.Long(1)} {r.GetString(2)} {r.GetString(3)} {r.GetString(4)} {r.GetString(5)}"),
    ];

    private static List<string> ForeignKeys(ReportStore store, params string[] tables) =>
    [
        .. tables.SelectMany(table => store.Engine == StoreEngine.Postgres
            ? store.Db.Query(
                "SELECT a.attname, f.relname FROM pg_constraint c JOIN pg_class f ON f.oid = c.confrelid JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' AND c.conrelid = @t::regclass",
                r => $"{table} → {r.GetString(1)}", ("t", table))
            : store.Db.Query($"SELECT \"table\" FROM pragma_foreign_key_list('{table}')", r => $"{table} → {r.GetString(0)}"))
            .Order(StringComparer.Ordinal),
    ];

    private static List<string> PrimaryKeys(ReportStore store) =>
    [
        .. new[] { "facts", "findings" }.Select(table => table + ": " + string.Join(", ", store.Engine == StoreEngine.Postgres
            ? store.Db.Query(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indrelid = @t::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)",
                r => r.GetString(0), ("t", table))
            : store.Db.Query($"SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk", r => r.GetString(0)))),
    ];
}
