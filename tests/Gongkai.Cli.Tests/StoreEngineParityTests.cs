using System.IO.Compression;
using Gongkai.Application;
using Gongkai.Application.Importing;
using Gongkai.Application.Sources;
using Gongkai.Application.Units;
using Gongkai.Store.Tests;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests;

/// <summary>
/// The same reports stored in SQLite and in PostgreSQL give byte-identical exports, roll-ups, audits and version
/// lists (issue #10: PostgreSQL printed 55.0000 where SQLite printed 55).
/// </summary>
public sealed class StoreEngineParityTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-parity-").FullName;

    /// <summary>PostgreSQL when a test server is configured; otherwise a second SQLite store (the check still runs).</summary>
    public static TheoryData<string> OtherEngine => [TestStore.Engines.Count > 1 ? "postgres" : "sqlite"];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Theory]
    [MemberData(nameof(OtherEngine))]
    public void Both_engines_print_the_same_bytes_for_the_same_reports(string engine)
    {
        using var sqlite = TestStore.Create("sqlite");
        using var other = TestStore.Create(engine);
        var sqliteDb = Fill(sqlite);
        var otherDb = Fill(other);

        string[][] verbs =
        [
            ["export", "--format", "long", "--out", "-"],
            ["export", "--format", "jsonl", "--out", "-"],
            ["rollup", "--year", "2021", "--to-year", "2022", "--format", "json"],
            ["rollup", "--year", "2021", "--format", "csv"],
            ["rollup", "--region", "青禾市", "--year", "2022"],
            ["audit", "--year", "2022", "--severity", "Info"],
            ["audit", "--region", "青禾市", "--year", "2021"],
            ["compare", "--agency", "QH-ZR", "--year", "2021", "--format", "json"],
            ["versions", "--agency", "QH-ZR", "--year", "2021"],
        ];
        foreach (var verb in verbs)
        {
            var left = Run([.. verb, "--db", sqliteDb]);
            var right = Run([.. verb, "--db", otherDb]);
            Assert.True(left.Exit is ExitCodes.Ok or ExitCodes.ReportErrors, string.Join(' ', verb) + "：" + left.Error);
            Assert.Equal(left.Exit, right.Exit);
            Assert.Equal(Untimed(left.Output), Untimed(right.Output));
        }

        var files = new[] { "sqlite", "other" }.Select(side => Path.Combine(_temp, side)).ToArray();
        foreach (var (folder, db) in files.Zip([sqliteDb, otherDb]))
        {
            Assert.Equal(ExitCodes.Ok, Run("export", "--format", "wide", "--out", Path.Combine(folder, "wide"), "--db", db).Exit);
            Assert.Equal(ExitCodes.Ok, Run("export", "--format", "xlsx", "--out", Path.Combine(folder + "-export.xlsx"), "--db", db).Exit);
            Run("audit", "--year", "2022", "--out", Path.Combine(folder, "audit"), "--db", db);
        }

        foreach (var csv in Directory.GetFiles(Path.Combine(files[0], "wide")).Concat(Directory.GetFiles(Path.Combine(files[0], "audit"), "*.*")).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            Assert.Equal(File.ReadAllBytes(csv), File.ReadAllBytes(csv.Replace(files[0], files[1], StringComparison.Ordinal)));
        }

        Assert.Equal(Entries(files[0] + "-export.xlsx"), Entries(files[1] + "-export.xlsx"));
        var audit = Directory.GetFiles(Path.Combine(files[0], "audit"), "*.xlsx").Single();
        Assert.Equal(Entries(audit), Entries(audit.Replace(files[0], files[1], StringComparison.Ordinal)));
    }

    /// <summary>
    /// The samples and the registry, stored one after the other in the same order on both sides, so that the stores
    /// hold the same rows (report ids included) and only the engine differs; the store's <c>--db</c>.
    /// </summary>
    internal static string Fill(TestStore test)
    {
        using var store = test.Open();
        store.ImportRegistry(RegistryCsv.Read(Path.Combine(RepositoryRoot.Samples, "registry.csv")).Units);
        var preparer = new ReportPreparer(ReportPipelines.Full, store.Matcher());
        foreach (var file in Directory.GetFiles(RepositoryRoot.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var (report, failure) = preparer.Prepare(file, File.ReadAllBytes(file));
            Assert.Null(failure);
            store.Save(report!);
        }

        return test.Location.Engine == Gongkai.Store.Database.StoreEngine.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(test.Location.ConnectionString).DataSource
            : test.Location.ConnectionString;
    }

    // The version list prints when each store imported the file: the one thing that differs by construction.
    private static string Untimed(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, @"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "（时间）");

    // The XLSX parts by name (the ZIP's own timestamps aside).
    private static Dictionary<string, string> Entries(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
