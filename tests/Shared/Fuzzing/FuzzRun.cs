using System.Collections.Concurrent;
using System.Diagnostics;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Testing.Fuzzing;

/// <summary>The outcome of a fuzz run: how many mutants were parsed, failed cleanly, threw, or ran past the time limit.</summary>
internal sealed record FuzzResult(int Runs, int Parsed, int Refused, IReadOnlyList<string> Exceptions, IReadOnlyList<string> Hangs, TimeSpan Elapsed, TimeSpan Slowest);

/// <summary>Runs seeded mutants of the seed files through a pipeline in parallel, each under a time limit.</summary>
internal static class FuzzRun
{
    public static FuzzResult Run(ReportPipeline pipeline, IReadOnlyList<(string Name, byte[] Bytes)> seeds, int runs, int seed, TimeSpan timeLimit)
    {
        var exceptions = new ConcurrentBag<string>();
        var hangs = new ConcurrentBag<string>();
        int parsed = 0, refused = 0;
        long slowestTicks = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(HashCode.Combine(seed, i));
            var (name, bytes) = seeds[i % seeds.Count];
            var mutant = Mutations.Mutate(bytes, random);
            var watch = Stopwatch.StartNew();
            var task = Task.Run(() => pipeline.Parse(mutant, $"fuzz-{i}-{name}"));
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
            }
        });
        return new FuzzResult(runs, parsed, refused, [.. exceptions], [.. hangs], clock.Elapsed, TimeSpan.FromTicks(slowestTicks));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
