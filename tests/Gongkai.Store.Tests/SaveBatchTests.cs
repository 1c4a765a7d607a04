using System.Globalization;
using Gongkai.Store.Importing;

namespace Gongkai.Store.Tests;

/// <summary>Group commit (issue #16): many reports in one transaction, each in its own savepoint.</summary>
public sealed class SaveBatchTests
{
    // Every sample, two more files of each with the same figures (new versions by rank), and one file twice.
    private static List<PreparedReport> Files()
    {
        var names = Directory.GetFiles(Path.Combine(Gongkai.Testing.RepositoryRoot.Samples, "expected"), "*.json")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        return [.. names.Select(n => StoredSample.Prepare(n!)), .. names.Select(n => StoredSample.Prepare(n!, edition: " ")),
            StoredSample.Prepare(names[0]!), .. names.Select(n => StoredSample.Prepare(n!, published: false, edition: "\n"))];
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_batch_stores_the_same_rows_as_one_save_per_report(string engine)
    {
        var files = Files();
        using var serial = TestStore.Create(engine);
        using var batched = TestStore.Create(engine);
        using var one = serial.Open();
        using var many = batched.Open();

        var singles = files.Select(f => one.Save(f)).ToList();
        var saves = many.SaveBatch(files);

        Assert.All(saves, s => Assert.Null(s.Error));
        Assert.Equal(singles.Select(s => (s.Outcome, s.Version, s.CurrentVersion)), saves.Select(s => (s.Result!.Outcome, s.Result.Version, s.Result.CurrentVersion)));
        Assert.Equal(Rows(one), Rows(many));
        Assert.Empty(many.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_report_the_database_refuses_is_returned_with_its_error_and_the_others_of_the_batch_commit(string engine)
    {
        var files = Files();
        var refused = files[3];
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        Refuse(store, refused.ContentSha256);

        var saves = store.SaveBatch(files);

        Assert.NotNull(saves[3].Error);
        Assert.Null(saves[3].Result);
        Assert.All(saves.Where((_, i) => i != 3), s => Assert.Null(s.Error));
        Assert.DoesNotContain(refused.FileSha256, store.ImportedFileHashes());
        Assert.Equal(files.Count - 2, store.ImportedFileHashes().Count); // the refused file, and the one given twice
        Assert.Empty(store.FindInconsistencies());
    }

    // A trigger stands for any constraint a report can violate.
    private static void Refuse(ReportStore store, string contentSha256)
    {
        if (store.Engine == Database.StoreEngine.Sqlite)
        {
            store.Db.Execute($"CREATE TRIGGER refuse BEFORE INSERT ON report_versions WHEN NEW.content_sha256 = '{contentSha256}' BEGIN SELECT RAISE(ABORT, 'refused'); END");
            return;
        }

        store.Db.Execute(
            $"""
            CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON report_versions FOR EACH ROW WHEN (NEW.content_sha256 = '{contentSha256}') EXECUTE FUNCTION refuse();
            """);
    }

    // Every table an import writes, without ids and times: what a reader of the store can tell apart.
    internal static List<string> Rows(ReportStore store)
    {
        static string Text(System.Data.Common.DbDataReader r) =>
            string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)));
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT r.identity, r.agency, r.agency_key, r.year, cv.version, r.unit_id, r.match_kind, r.published_at IS NULL FROM reports r LEFT JOIN report_versions cv ON cv.id = r.current_version",
            "SELECT r.identity, v.version, v.template, v.published_on, v.is_summary, v.content_sha256, v.report_json, v.errors, v.warnings, v.file_modified_at FROM report_versions v JOIN reports r ON r.id = v.report_id",
            "SELECT r.identity, v.version, c.table_key, c.row_key, c.column_key, f.state, f.value FROM facts f JOIN cells c ON c.id = f.cell_id JOIN report_versions v ON v.id = f.version_id JOIN reports r ON r.id = v.report_id",
            "SELECT r.identity, v.version, f.seq, f.code, f.severity, f.cells, f.message FROM findings f JOIN report_versions v ON v.id = f.version_id JOIN reports r ON r.id = v.report_id",
            "SELECT sha256, size, content FROM files",
            "SELECT s.file_sha256, r.identity, v.version, s.source_path, s.format FROM version_sources s JOIN report_versions v ON v.id = s.version_id JOIN reports r ON r.id = v.report_id",
        })
        {
            rows.AddRange(store.Db.Query(sql, Text).Order(StringComparer.Ordinal));
        }

        return rows;
    }
}
