using System.Collections.Concurrent;
using System.Diagnostics;
using Gongkai.Core.Rules;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Testing.Fuzzing;

/// <summary>
/// The outcome of a fuzz run: how many inputs were parsed or refused, which threw, which ran past the time limit or
/// used up the pipeline's read budget, which were refused without naming the file in Chinese, and the process's peak
/// working set while it ran.
/// </summary>
internal sealed record FuzzResult(
    int Runs, int Parsed, int Refused, IReadOnlyList<string> Exceptions, IReadOnlyList<string> Hangs, IReadOnlyList<string> OverBudget,
    TimeSpan Elapsed, TimeSpan Slowest, long PeakWorkingSet)
{
    /// <summary>Refusals whose message does not name the file, or is not in Chinese.</summary>
    public IReadOnlyList<string> Unnamed { get; init; } = [];

    /// <summary>Everything that is a finding: exceptions, hangs, reads that used up their budget, refusals not naming the file in Chinese.</summary>
    public IEnumerable<string> Findings => Exceptions.Concat(Hangs).Concat(OverBudget).Concat(Unnamed);
}

/// <summary>
/// Runs seeded mutants of the seed files through a pipeline in parallel, each under a time limit, while a watcher
/// thread samples the process's working set. A quarter of the runs feed a seed unmutated, so that the hostile
/// shapes (<see cref="HostileInputs"/>) are read as made as well as damaged.
/// </summary>
internal static class FuzzRun
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(20);

    public static FuzzResult Run(ReportPipeline pipeline, IReadOnlyList<(string Name, byte[] Bytes)> seeds, int runs, int seed, TimeSpan timeLimit, int? threads = null)
    {
        var exceptions = new ConcurrentBag<string>();
        var hangs = new ConcurrentBag<string>();
        var overBudget = new ConcurrentBag<string>();
        var unnamed = new ConcurrentBag<string>();
        int parsed = 0, refused = 0;
        long slowestTicks = 0;
        var clock = Stopwatch.StartNew();
        using var watcher = new WorkingSetWatcher(SampleEvery);
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount }, i =>
        {
            var random = new Random(HashCode.Combine(seed, i));
            var (name, bytes) = seeds[i % seeds.Count];
            var input = random.Next(4) == 0 ? bytes : Mutations.Mutate(bytes, random);
            var watch = Stopwatch.StartNew();
            var file = $"fuzz-{i}-{name}";
            var task = Task.Run(() => ParseAndCheck(pipeline, input, file));
            try
            {
                if (!task.Wait(timeLimit))
                {
                    hangs.Add($"#{i} ({name}): over {timeLimit.TotalSeconds:F0} s");
                    return;
                }
            }
            catch (AggregateException)
            {
                // Reported below from task.Exception.
            }

            InterlockedMax(ref slowestTicks, watch.Elapsed.Ticks);
            if (task.IsFaulted)
            {
                var error = task.Exception!.InnerException!;
                exceptions.Add($"#{i} ({name}): {error.GetType().Name}: {error.Message}");
            }
            else if (task.Result.Succeeded)
            {
                Interlocked.Increment(ref parsed);
            }
            else
            {
                Interlocked.Increment(ref refused);
                if (!NamesFileInChinese(task.Result.Failure, file))
                {
                    unnamed.Add($"#{i} ({name}): {task.Result.Failure}");
                }

                if (task.Result.Failure.Contains("读取超时", StringComparison.Ordinal))
                {
                    overBudget.Add($"#{i} ({name}): {task.Result.Failure}");
                }
            }
        });
        return new FuzzResult(runs, parsed, refused, [.. exceptions], [.. hangs], [.. overBudget], clock.Elapsed, TimeSpan.FromTicks(slowestTicks), watcher.Peak)
        {
            Unnamed = [.. unnamed],
        };
    }

    // A refusal names the file it refuses, in Chinese (at least one CJK ideograph), as every front end shows it.
    private static bool NamesFileInChinese(string failure, string file) =>
        failure.Contains(file, StringComparison.Ordinal) && failure.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    // The rules run on whatever a mutant reads as, as every front end runs them after the pipeline (which only reads).
    private static ParseResult ParseAndCheck(ReportPipeline pipeline, byte[] input, string file)
    {
        var result = pipeline.Parse(input, file);
        if (result.Report is { } report)
        {
            ReportChecker.Default.Check(report);
        }

        return result;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    // Samples the working set on its own thread until disposed.
    private sealed class WorkingSetWatcher : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private long _peak;

        public WorkingSetWatcher(TimeSpan every)
        {
            _thread = new Thread(() =>
            {
                do
                {
                    InterlockedMax(ref _peak, Environment.WorkingSet);
                }
                while (!_stop.Token.WaitHandle.WaitOne(every));
            })
            { IsBackground = true, Name = "fuzz-memory" };
            _thread.Start();
        }

        public long Peak => Interlocked.Read(ref _peak);

        public void Dispose()
        {
            _stop.Cancel();
            _thread.Join();
            _stop.Dispose();
        }
    }
}
