using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Gongkai.Store;
using Gongkai.Store.Database;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>
/// docs/deploy.md: a live store backed up with deploy/backup-sqlite.sh (online backup) and restored with
/// deploy/restore-sqlite.sh holds what it held at the backup; a store at the previous release's schema (migrations
/// 0001–0002, with reports) is upgraded when the current application starts on it, and its reports are found.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DeploymentTests(WebAppFixture app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-deploy-").FullName;

    [Sqlite3Fact]
    public void Restores_a_backup_of_the_live_store_as_it_was_when_backed_up()
    {
        var backup = Path.Combine(_folder, "backup.db");
        var restored = Path.Combine(_folder, "restored.db");
        int reports;
        using (var live = app.OpenStore())
        {
            reports = live.Reports().Count;
        }

        Assert.Equal(0, Run("backup-sqlite.sh", app.StorePath, backup).ExitCode);
        // A change after the backup, which the restored store must not have.
        using (var live = app.OpenStore())
        {
            live.Audit.Write(new Gongkai.Store.Accounts.AuditEntry(DateTimeOffset.UtcNow, "deploy-test", "after-backup", null, null, null));
        }

        var restore = Run("restore-sqlite.sh", backup, restored);

        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("已从", restore.Output, StringComparison.Ordinal);
        using var store = ReportStore.Open(StoreLocation.Sqlite(restored));
        Assert.Equal(reports, store.Reports().Count);
        Assert.Contains(store.Accounts.All(), a => a.UserName == "admin");
        Assert.DoesNotContain(store.Audit.Latest(100), e => e.Action == "after-backup");
    }

    [Sqlite3Fact]
    public void Refuses_to_restore_a_file_that_is_not_a_backup_and_leaves_the_store_alone()
    {
        var bogus = Path.Combine(_folder, "bogus.db");
        File.WriteAllText(bogus, "这不是数据库");
        var target = Path.Combine(_folder, "target.db");
        File.WriteAllText(target, "原有内容");

        var restore = Run("restore-sqlite.sh", bogus, target);

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Equal("原有内容", File.ReadAllText(target));
    }

    [Sqlite3Fact]
    public async Task Opens_a_store_of_the_previous_release_and_finds_its_reports()
    {
        var old = Path.Combine(_folder, "release-0002.db");
        Assert.Equal(0, Run("backup-sqlite.sh", app.StorePath, old).ExitCode);
        long[] ids;
        using (var store = ReportStore.Open(StoreLocation.Sqlite(old)))
        {
            ids = [.. store.Reports(new ReportFilter { Scope = AccessScope.Public }).Select(r => r.ReportId)];
        }

        // Back to the previous release's schema: the triggers, tables, indexes and columns that migrations 0003 and later create
        // (read from their scripts, so that a new migration is covered without editing this test), and their records, removed.
        using (var connection = new SqliteConnection($"Data Source={old};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Concat(LaterTriggers().Select(t => $"DROP TRIGGER IF EXISTS {t};"))
                + string.Concat(LaterTables().Reverse().Select(t => $"DROP TABLE IF EXISTS {t};"))
                + string.Concat(LaterIndexes().Select(i => $"DROP INDEX IF EXISTS {i};"))
                + string.Concat(LaterColumns().Select(c => $"ALTER TABLE {c.Table} DROP COLUMN {c.Column};"))
                + "DELETE FROM schema_migrations WHERE version > 2;";
            command.ExecuteNonQuery();
        }

        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("db", old));
        using var client = factory.CreateClient();
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports?pageSize=100")).RootElement;
        var one = await client.GetAsync($"/api/v1/reports/{ids[0]}");

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Order(), list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).Order());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        using var upgraded = new SqliteConnection($"Data Source={old};Mode=ReadOnly;Pooling=False");
        upgraded.Open();
        using var versions = upgraded.CreateCommand();
        versions.CommandText = "SELECT MAX(version) FROM schema_migrations";
        Assert.True((long)versions.ExecuteScalar()! >= 4);
    }

    // The tables created by the SQLite migrations after the previous release's 0002, in creation order.
    private static IEnumerable<string> LaterTables() => LaterMatches(@"CREATE TABLE (?:IF NOT EXISTS )?(\w+)").Select(m => m.Groups[1].Value);

    // The triggers they create (0008: the change stamp's, on tables of the previous release).
    private static IEnumerable<string> LaterTriggers() => LaterMatches(@"CREATE TRIGGER (?:IF NOT EXISTS )?(\w+)").Select(m => m.Groups[1].Value);

    // The indexes they create (an index on an added column must go before the column).
    private static IEnumerable<string> LaterIndexes() => LaterMatches(@"CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(\w+)").Select(m => m.Groups[1].Value);

    // The columns they add to the previous release's tables (0006: the reports' publication).
    private static IEnumerable<(string Table, string Column)> LaterColumns() =>
        LaterMatches(@"ALTER TABLE (\w+) ADD COLUMN (\w+)").Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    private static IEnumerable<System.Text.RegularExpressions.Match> LaterMatches(string pattern) =>
        Directory.GetFiles(Path.Combine(Testing.RepositoryRoot.Path, "src", "Gongkai.Store", "Migrations", "Sqlite"), "*.sql")
            .Where(f => int.Parse(Path.GetFileName(f)[..4], System.Globalization.CultureInfo.InvariantCulture) > 2)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), pattern));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static (int ExitCode, string Output) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Testing.RepositoryRoot.Path, "deploy", script));
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
