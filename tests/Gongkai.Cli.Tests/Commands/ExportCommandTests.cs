using System.Diagnostics;
using Gongkai.Application;
using Gongkai.Store.Tests;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// <c>gongkai export --out -</c> as a process: the real standard output gets the file's bytes (but for the CSV file's
/// byte order mark), and a reader that closes the pipe early (<c>| head</c>) ends the export quietly with exit 0.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-export-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Standard_output_gets_the_bytes_of_the_exported_file(string engine)
    {
        using var test = TestStore.Create(engine);
        var db = StoreEngineParityTests.Fill(test);

        foreach (var (format, byteOrderMark) in new[] { ("long", 3), ("jsonl", 0) })
        {
            var file = Path.Combine(_temp, "export." + format);
            Assert.Equal(ExitCodes.Ok, CliApp.Run(["export", "--format", format, "--out", file, "--db", db], new StringWriter(), new StringWriter()));

            using var process = StartExport(format, db);
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.Equal("", error);
            Assert.Equal(ExitCodes.Ok, process.ExitCode);
            Assert.True(output.Length > 10_000);
            Assert.Equal(File.ReadAllBytes(file)[byteOrderMark..], output.ToArray());
        }
    }

    [Theory]
    [InlineData("long")]
    [InlineData("jsonl")]
    public async Task A_reader_that_closes_the_pipe_early_ends_the_export_quietly_with_exit_0(string format)
    {
        using var test = TestStore.Create("sqlite");
        var db = StoreEngineParityTests.Fill(test);
        var whole = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["export", "--format", format, "--out", "-", "--db", db], whole, new StringWriter()));

        // More than a pipe holds (64 KiB), so the export is still writing when the reader goes.
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(whole.ToString()) > 100_000);
        using var process = StartExport(format, db);
        var error = process.StandardError.ReadToEndAsync();
        var head = new byte[100];
        await process.StandardOutput.BaseStream.ReadExactlyAsync(head);
        process.StandardOutput.Close();

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        Assert.Equal("", await error);
        Assert.Equal(ExitCodes.Ok, process.ExitCode);
    }

    // `gongkai export --format FORMAT --out - --db DB` in a child process, its standard output and error redirected.
    private static Process StartExport(string format, string db) =>
        Process.Start(new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "gongkai.dll"), "export", "--format", format, "--out", "-", "--db", db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
}
