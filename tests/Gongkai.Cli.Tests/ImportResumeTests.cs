using System.Diagnostics;
using Gongkai.Application;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests;

/// <summary>An import killed midway (SIGKILL, no chance to clean up) and run again finishes with nothing lost or duplicated.</summary>
public sealed class ImportResumeTests : IDisposable
{
    private const int FileCount = 2400;

    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-resume-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public void A_killed_import_resumes_without_losing_or_duplicating_reports()
    {
        var reports = Path.Combine(_temp, "reports");
        WriteDistinctReports(reports);
        var db = Path.Combine(_temp, "store.db");

        var stored = KillImportMidway(reports, db);
        Assert.InRange(stored, 1, FileCount - 1);

        using (var store = ReportStore.Open(StoreLocation.Sqlite(db)))
        {
            Assert.Empty(store.FindInconsistencies());
        }

        var output = new StringWriter();
        var exit = CliApp.Run(["import", reports, "--db", db], output, new StringWriter());

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"已导入过 {stored} 份", output.ToString(), StringComparison.Ordinal);
        using var resumed = ReportStore.Open(StoreLocation.Sqlite(db));
        var counts = resumed.Counts();
        Assert.Equal(FileCount, counts.Reports);
        Assert.Equal(FileCount, counts.Versions);
        Assert.Empty(resumed.FindInconsistencies());
    }

    // Starts `gongkai import` in a child process and kills it once some reports are committed; returns how many.
    private static long KillImportMidway(string reports, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "gongkai.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "import", reports, "--db", db, "--jobs", "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited && CountReports(db) < 50)
        {
            Thread.Sleep(10);
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return CountReports(db);
    }

    private static long CountReports(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM reports";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is being created
        }
    }

    // The same sample under many fictional agency names: each file is a different report.
    private static void WriteDistinctReports(string folder)
    {
        Directory.CreateDirectory(folder);
        var sample = File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"));
        for (var i = 0; i < FileCount; i++)
        {
            var text = sample.Replace("青禾市自然资源和规划局", $"青禾市第{i + 1}号测试局", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, $"r{i:D5}.txt"), text);
        }
    }
}
