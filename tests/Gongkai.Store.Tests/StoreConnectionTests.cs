using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Queries;

namespace Gongkai.Store.Tests;

/// <summary>Opening a SQLite store: a missing folder is an error, a read-only file still serves the read-only verbs.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreConnectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(_folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var path in Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _folder.Dispose();
    }

    [Fact]
    public void A_store_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created()
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder", "sub");

        var refused = Assert.Throws<StoreUnavailableException>(() => ReportStore.Open(StoreLocation.Sqlite(Path.Combine(missing, "store.db"))));

        Assert.Contains("不存在", refused.Message, StringComparison.Ordinal);
        Assert.Contains(missing, refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "no-such-folder")));
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_in_chinese()
    {
        var file = _folder.Write("notes.db", "这不是数据库");

        var refused = Assert.Throws<StoreUnavailableException>(() => ReportStore.Open(StoreLocation.Sqlite(file)));

        Assert.Contains("文件不是 SQLite 数据库，或已损坏", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_store_file_serves_reports_rollups_and_exports_and_refuses_nothing_it_can_read()
    {
        var db = Path.Combine(_folder.Path, "store.db");
        using (var store = ReportStore.Open(StoreLocation.Sqlite(db)))
        {
            Assert.Equal(SaveOutcome.Added, StoredSample.Save(store).Outcome);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(db);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using (var readOnly = ReportStore.Open(StoreLocation.Sqlite(db)))
        {
            Assert.True(readOnly.IsReadOnly);
            var report = Assert.Single(readOnly.Reports());
            Assert.NotEmpty(new StoreQueries(readOnly).Totals(null, report.Year!.Value).Cells);
            Assert.NotEmpty(new StoreExports(readOnly).Facts(ReportFilter.All));
            Assert.NotEmpty(readOnly.History(report.ReportId));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_read_only_store_that_needs_a_migration_says_so()
    {
        var db = Path.Combine(_folder.Path, "old.db");
        using (var store = ReportStore.Open(StoreLocation.Sqlite(db)))
        {
            // A store written by an older gongkai: its last migration not yet applied.
            store.Db.Execute("DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var refused = Assert.Throws<StoreUnavailableException>(() => ReportStore.Open(StoreLocation.Sqlite(db)));

        Assert.Contains("只读", refused.Message, StringComparison.Ordinal);
        Assert.Contains("升级", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_migrated_by_a_newer_gongkai_is_refused_in_chinese_and_left_untouched()
    {
        var db = Path.Combine(_folder.Path, "newer.db");
        using (var store = ReportStore.Open(StoreLocation.Sqlite(db)))
        {
            StoredSample.Save(store);
            store.Db.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_from_the_future', '2030-01-01')");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(db);

        var refused = Assert.Throws<StoreUnavailableException>(() => ReportStore.Open(StoreLocation.Sqlite(db)));

        Assert.Contains("9999", refused.Message, StringComparison.Ordinal);
        Assert.Contains("较新版本的 gongkai", refused.Message, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_store_in_a_read_only_folder_is_opened_read_only()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "archive")).FullName;
        var db = Path.Combine(folder, "store.db");
        using (var store = ReportStore.Open(StoreLocation.Sqlite(db)))
        {
            StoredSample.Save(store);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        using var readOnly = ReportStore.Open(StoreLocation.Sqlite(db));

        Assert.True(readOnly.IsReadOnly);
        Assert.Single(readOnly.Reports());
    }
}
