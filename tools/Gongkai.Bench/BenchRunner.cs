namespace Gongkai.Bench;

/// <summary>
/// Runs each row <c>--runs</c> times; within a run the baselines, the earlier build and the build under test follow
/// each other, so that the load of a shared machine falls on all of them alike (docs/performance.md, "Method").
/// The runs' folders are removed when the bench ends (<see cref="RunScratch"/> says why).
/// </summary>
internal sealed class BenchRunner : IDisposable
{
    private readonly BenchOptions _options;
    private readonly TextWriter _log;
    private readonly string _scratch;

    public BenchRunner(BenchOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _scratch = Path.Combine(options.Work, "runs");
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true); // left by a bench that was stopped
        }
    }

    public RowResult Run(BenchRow row)
    {
        Directory.CreateDirectory(_scratch);
        var current = new List<Measurement>();
        var before = new List<Measurement>();
        var baselines = row.Baselines.ToDictionary(b => b.Name, _ => new List<Measurement>());
        for (var run = 1; run <= _options.Runs; run++)
        {
            foreach (var baseline in row.Baselines)
            {
                baselines[baseline.Name].Add(Once(row, baseline.Command));
            }

            if (_options.Before is { } earlier)
            {
                before.Add(Once(row, s => Cli(earlier, row, s)));
            }

            current.Add(Once(row, s => Cli(_options.Cli, row, s)));
            _log.WriteLine($"  {row.Id} 第 {run}/{_options.Runs} 次：{Describe(current[^1])}{(before.Count > 0 ? $"；之前的版本 {Describe(before[^1])}" : "")}");
        }

        return new RowResult(row, Measurement.Median(current), before.Count > 0 ? Measurement.Median(before) : null,
            [.. row.Baselines.Select(b => (b.Name, Measurement.Median(baselines[b.Name])))]);
    }

    private static string Describe(Measurement m) => m.Failure ?? $"{m.Seconds:F2} 秒，{m.RssMb:F0} MB";

    // BenchApp has checked that both folders hold a CLI.
    private static IReadOnlyList<string> Cli(string build, BenchRow row, RunScratch scratch) =>
        [.. CliBuild.Command(build)!, .. row.Arguments(scratch)];

    private Measurement Once(BenchRow row, Func<RunScratch, IReadOnlyList<string>> command)
    {
        using var scratch = new RunScratch(_scratch, _options.Postgres);
        var argv = command(scratch);
        return ProcessTimer.Run(argv, scratch.Folder, row.Exits);
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }
}
