using Gongkai.Application.Importing;
using Gongkai.Application.Tests.Support;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Importing;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Importing;

/// <summary>Two imports of the same folder at once (two offices' scripts, a cron job overlapping a manual run).</summary>
public sealed class ReportImporterTests(ProvinceFixture province) : IClassFixture<ProvinceFixture>
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public async Task Two_concurrent_imports_both_succeed_and_store_what_one_import_stores(string engine)
    {
        // Issue #10: on PostgreSQL about 30 of 2,000 files failed with 23505 and both runs exited 1.
        var registry = RegistryCsv.Read(province.Registry).Units;
        using var single = TestStore.Create(engine);
        using (var store = single.Open())
        {
            store.ImportRegistry(registry);
            Assert.Empty(new ReportImporter(store, TestPipelines.Full).Import(province.Files).Failures);
        }

        using var twice = TestStore.Create(engine);
        using var first = twice.Open();
        using var second = twice.Open();
        using var start = new Barrier(2);
        ImportSummary Run(ReportStore store)
        {
            start.SignalAndWait();
            store.ImportRegistry(registry);
            return new ReportImporter(store, TestPipelines.Full).Import(province.Files);
        }

        var runs = await Task.WhenAll(Task.Run(() => Run(first)), Task.Run(() => Run(second)));

        Assert.All(runs, r => Assert.Empty(r.Failures));
        Assert.Equal(province.Files.Count, runs.Sum(r => r.Files.Count(f => f.Outcome != SaveOutcome.AlreadyImported)));
        using var expected = single.Open();
        Assert.Equal(expected.Counts(), first.Counts());
        Assert.Equal(CurrentContents(expected), CurrentContents(first));
        Assert.Empty(first.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_batched_import_stores_the_same_rows_as_one_transaction_per_file(string engine)
    {
        var registry = RegistryCsv.Read(province.Registry).Units;
        using var serial = TestStore.Create(engine);
        using var one = serial.Open();
        one.ImportRegistry(registry);
        var preparer = new ReportPreparer(TestPipelines.Full, one.Matcher());
        foreach (var file in province.Files)
        {
            var (report, failure) = preparer.Prepare(file, File.ReadAllBytes(file));
            Assert.Null(failure);
            one.Save(report!);
        }

        using var batched = TestStore.Create(engine);
        using var many = batched.Open();
        many.ImportRegistry(registry);
        var summary = new ReportImporter(many, TestPipelines.Full, parallelism: 1).Import(province.Files);

        Assert.Empty(summary.Failures);
        Assert.Equal(StoreRows.All(serial.Location), StoreRows.All(batched.Location));
    }

    [Fact]
    public void A_file_the_database_refuses_is_listed_and_the_others_of_its_batch_are_stored()
    {
        var registry = RegistryCsv.Read(province.Registry).Units;
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        store.ImportRegistry(registry);
        var refused = province.Files[5];
        var (prepared, _) = new ReportPreparer(TestPipelines.Full, store.Matcher()).Prepare(refused, File.ReadAllBytes(refused));
        using (var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(test.Location.ConnectionString))
        {
            // A trigger stands for any constraint one report can violate.
            sqlite.Open();
            using var trigger = sqlite.CreateCommand();
            trigger.CommandText = $"CREATE TRIGGER refuse BEFORE INSERT ON report_versions WHEN NEW.content_sha256 = '{prepared!.ContentSha256}' BEGIN SELECT RAISE(ABORT, 'refused'); END";
            trigger.ExecuteNonQuery();
        }

        var summary = new ReportImporter(store, TestPipelines.Full).Import(province.Files);

        var failure = Assert.Single(summary.Failures);
        Assert.Equal(refused, failure.File);
        Assert.Contains("写入数据库失败", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(province.Files.Count - 1, store.ImportedFileHashes().Count);
        Assert.Empty(store.FindInconsistencies());
    }

    // Each report (its unit or name, and year) with the content of its current version and the hashes of every version,
    // through the store's public API (the application's tests do not see its connection).
    private static List<string> CurrentContents(ReportStore store) =>
        [.. store.Reports().SelectMany(r =>
            {
                var history = store.History(r.ReportId).DistinctBy(v => v.VersionId).ToList();
                var current = history.Single(v => v.IsCurrent).ContentSha256;
                return history.Select(v => $"{r.UnitCode ?? r.Agency}/{r.Year} {current} {v.ContentSha256}");
            })
            .Order(StringComparer.Ordinal)];
}
