using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Application;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests;

/// <summary>
/// <c>-j/--jobs</c> (issue #16): parse, check and import read files on every core, and what they print, write and
/// return is the same as a serial run's. The folder mixes text samples and the fixtures' other formats, stems met
/// several times (and one that a renamed copy would take), files that cannot be read (empty, binary, UTF-16 without a
/// byte-order mark) between files that can.
/// </summary>
public sealed partial class JobsOptionTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-jobs-").FullName;

    public JobsOptionTests()
    {
        foreach (var folder in new[] { "a", "b", "c", "d" })
        {
            Directory.CreateDirectory(Path.Combine(Mixed, folder));
        }

        foreach (var sample in Directory.GetFiles(RepositoryRoot.Samples, "*.txt"))
        {
            File.Copy(sample, Path.Combine(Mixed, "a", Path.GetFileName(sample)));
        }

        // The other formats, which share the samples' stems; the legacy Office files need LibreOffice, which is slow.
        foreach (var raw in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw")).Where(f => !f.EndsWith(".doc", StringComparison.Ordinal) && !f.EndsWith(".xls", StringComparison.Ordinal)))
        {
            File.Copy(raw, Path.Combine(Mixed, "b", Path.GetFileName(raw)));
        }

        var clean = Path.Combine(RepositoryRoot.Samples, "s06-md-2019-clean.txt");
        File.Copy(clean, Path.Combine(Mixed, "c", "s01-docx-2021-clean-2.txt")); // the name the second s01 would take
        File.Copy(clean, Path.Combine(Mixed, "c", "s01-docx-2021-clean.md"));
        File.WriteAllBytes(Path.Combine(Mixed, "c", "s06-md-2019-clean.txt"), []); // empty, before a readable file of the same stem
        File.WriteAllBytes(Path.Combine(Mixed, "c", "乱码.bin"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
        File.WriteAllBytes(Path.Combine(Mixed, "c", "错误编码.txt"), Encoding.BigEndianUnicode.GetBytes(File.ReadAllText(clean)));
        File.WriteAllBytes(Path.Combine(Mixed, "d", "空.txt"), []);
        File.Copy(clean, Path.Combine(Mixed, "d", "s06-md-2019-clean.txt"));
    }

    private string Mixed => Path.Combine(_temp, "mixed");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public void Parse_writes_the_same_files_and_prints_the_same_lines_on_any_number_of_jobs()
    {
        var serial = Parse("1");
        Assert.Equal(ExitCodes.UnusableInput, serial.Exit);
        Assert.Contains("s01-docx-2021-clean-3.json", serial.Output, StringComparison.Ordinal);
        Assert.Contains("s06-md-2019-clean.json", serial.Output, StringComparison.Ordinal);

        foreach (var jobs in new[] { "4", null })
        {
            var parallel = Parse(jobs);
            Assert.Equal(serial.Exit, parallel.Exit);
            Assert.Equal(serial.Output, parallel.Output);
            Assert.Equal(serial.Error, parallel.Error);
            Assert.Equal(serial.Files, parallel.Files);
        }
    }

    [Fact]
    public void Check_prints_the_same_report_on_any_number_of_jobs()
    {
        var serial = Run("check", "-j", "1", Mixed);
        Assert.Equal(ExitCodes.UnusableInput, serial.Exit);

        Assert.Equal(serial, Run("check", "--jobs", "4", Mixed));
        Assert.Equal(serial, Run("check", Mixed));
    }

    [Fact]
    public void Import_stores_and_lists_the_same_on_any_number_of_jobs()
    {
        // One file per report: which of several versions is stored first is the writer's order, not the input's.
        var folder = Path.Combine(Mixed, "a");
        File.Copy(Path.Combine(Mixed, "c", "乱码.bin"), Path.Combine(folder, "乱码.bin"));
        File.Copy(Path.Combine(Mixed, "c", "错误编码.txt"), Path.Combine(folder, "错误编码.txt"));
        File.WriteAllBytes(Path.Combine(folder, "空.txt"), []);

        var serial = Import(folder, "1");
        Assert.Equal(ExitCodes.UnusableInput, serial.Exit);
        Assert.Contains("失败 3 个", serial.Output, StringComparison.Ordinal);

        Assert.Equal(serial, Import(folder, "4"));
    }

    [Theory]
    [InlineData("parse", "0")]
    [InlineData("check", "-2")]
    [InlineData("check", "abc")]
    [InlineData("import", "1.5")]
    public void Refuses_a_number_of_jobs_that_is_not_a_positive_whole_number(string verb, string value)
    {
        var (exit, output, error) = Run(verb, "-j", value, Path.Combine(Mixed, "d"), "--out", Path.Combine(_temp, "out"), "--db", Path.Combine(_temp, "x.db"));

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Equal("", output);
        Assert.Contains("--jobs", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot parse", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "out")));
    }

    private (int Exit, string Output, string Error, string Files) Parse(string? jobs)
    {
        var folder = Path.Combine(_temp, "out-" + (jobs ?? "default"));
        var (exit, output, error) = Run(["parse", Mixed, "--out", folder, .. jobs is null ? Array.Empty<string>() : ["-j", jobs]]);
        var files = string.Join("\n", Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
        return (exit, output.Replace(folder, "OUT", StringComparison.Ordinal), error, files);
    }

    private (int Exit, string Output, string Error, string Stored) Import(string folder, string jobs)
    {
        var db = Path.Combine(_temp, $"store-{jobs}.db");
        var (exit, output, error) = Run("import", folder, "-j", jobs, "--db", db);
        var failures = error[error.IndexOf("以下", StringComparison.Ordinal)..];
        var (_, stored, _) = Run("export", "--format", "jsonl", "--out", "-", "--db", db);
        var reports = string.Join("\n", stored.Split('\n').Select(line => ReportId().Replace(line, "")).Order(StringComparer.Ordinal));
        return (exit, Elapsed().Replace(output, ""), failures, reports);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex("用时 [0-9.]+ 秒（每秒 [0-9]+ 份）")]
    private static partial Regex Elapsed();

    [GeneratedRegex("\"(report_?id|id|reportId)\":\\s*[0-9]+,?")]
    private static partial Regex ReportId();
}
