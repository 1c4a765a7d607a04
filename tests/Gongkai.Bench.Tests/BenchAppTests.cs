using Gongkai.Testing;

namespace Gongkai.Bench.Tests;

public sealed class BenchAppTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("gongkai-bench-").FullName;

    [Fact]
    public void A_quick_run_measures_every_row_as_a_process_with_a_positive_rate_and_peak_memory()
    {
        string[] args = ["--quick", "--reports", "10", "--store-reports", "400", "--work", _work, "--cli", AppContext.BaseDirectory, .. Postgres()];
        var (options, error) = BenchOptions.Parse(args, RepositoryRoot.Path);
        Assert.Null(error);
        using var log = new StringWriter();

        var results = BenchApp.Measure(options!, log);

        var expected = new List<string> { "parse-text", "parse-html", "parse-docx", "parse-xlsx", "check-text", "import-sqlite", "rollup-year-sqlite", "rollup-all-sqlite", "audit-year-sqlite", "export-long-sqlite", "export-stdout-sqlite" };
        if (LibreOffice.Executable is not null || TestTools.Required)
        {
            expected.Add("parse-pdf");
        }

        if (TestDatabase.AdminConnectionString is not null)
        {
            expected.AddRange(["import-pg", "rollup-year-pg", "rollup-all-pg", "audit-year-pg", "export-long-pg", "export-stdout-pg"]);
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), results.Select(r => r.Row.Id).Order(StringComparer.Ordinal));
        Assert.All(results, r =>
        {
            Assert.True(r.Current.Failure is null, $"{r.Row.Id}: {r.Current.Failure}\n{log}");
            Assert.True(r.Rate > 0 && r.Current.RssMb > 0, $"{r.Row.Id}: {r.Rate} /s, {r.Current.RssMb} MB");
            Assert.All(r.Baselines, b => Assert.True(b.Result.Failure is null && b.Result.Seconds > 0, $"{r.Row.Id} {b.Name}: {b.Result.Failure}"));
        });
        Assert.Contains(results, r => r.Row.Id == "parse-text" && r.Baselines.Any(b => b.Name == "cat"));
        Assert.Contains(results, r => r.Row.Id == "export-long-sqlite" && r.Baselines.Any(b => b.Name == "dd 同样大小"));
        Assert.False(Directory.Exists(Path.Combine(_work, "runs")), "the runs' folders outlive the bench");
    }

    [Fact]
    public void The_table_has_chinese_headers_and_a_line_per_row()
    {
        var row = new BenchRow("parse-text", "parse 文本", 10, _ => [], [], [0]);
        var result = new RowResult(row, new Measurement(0.5, 60, 0, null), new Measurement(1, 70, 0, null), []);
        using var output = new StringWriter();

        BenchTable.WriteText(output, [result]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("工作", lines[0], StringComparison.Ordinal);
        Assert.Contains("≥ 2,000 份/秒（未达标）", lines[1], StringComparison.Ordinal);
        Assert.Contains("×2.00", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_keeps_its_small_outputs_until_the_bench_ends_and_removes_large_ones_at_once()
    {
        string folder;
        using (var scratch = new RunScratch(_work, server: null))
        {
            folder = scratch.Folder;
            File.WriteAllText(scratch.PathOf("000001.json"), "{}");
            using var large = File.Create(scratch.PathOf("export.csv"));
            large.SetLength(RunScratch.LargeFileBytes);
        }

        Assert.True(File.Exists(Path.Combine(folder, "000001.json")));
        Assert.False(File.Exists(Path.Combine(folder, "export.csv")));
    }

    [Fact]
    public void A_wrong_option_is_refused_in_chinese()
    {
        var (options, error) = BenchOptions.Parse(["--runs", "zero"], "/repo");

        Assert.Null(options);
        Assert.Equal("选项 --runs 需要正整数，而不是 zero", error);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static string[] Postgres() => TestDatabase.AdminConnectionString is { } server ? ["--pg", server] : [];
}
