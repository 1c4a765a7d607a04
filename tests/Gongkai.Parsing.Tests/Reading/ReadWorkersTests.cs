using System.Collections.Concurrent;
using System.Globalization;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Tests.Reading;

[CollectionDefinition(nameof(ReadWorkersTests), DisableParallelization = true)]
public sealed class ReadWorkersCollection;

/// <summary>
/// The threads budgeted reads run on are kept for the next read; what a fresh thread gave the work (the caller's
/// culture, a large stack, no blocking of other reads) must still hold.
/// </summary>
[Collection(nameof(ReadWorkersTests))] // alone: other tests' reads would take the kept workers
public sealed class ReadWorkersTests
{
    private static T RunOnWorker<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        T? result = default;
        ReadWorkers.Start(() => result = work(), () => done.SetResult(result!));
        return done.Task.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }

    [Fact]
    public void Runs_the_work_with_the_callers_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("zh-CN", RunOnWorker(() => CultureInfo.CurrentCulture.Name));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("", RunOnWorker(() => CultureInfo.CurrentCulture.Name));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Runs_consecutive_reads_on_a_kept_thread()
    {
        RunOnWorker(() => 0);
        var threads = Enumerable.Range(0, 20).Select(_ => RunOnWorker(() => Environment.CurrentManagedThreadId)).ToHashSet();

        Assert.True(threads.Count <= 3, $"{threads.Count} threads for 20 reads in a row");
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
    }

    [Fact]
    public void A_stuck_read_does_not_hold_the_next_one()
    {
        using var release = new ManualResetEventSlim();
        using var stuckDone = new ManualResetEventSlim();
        ReadWorkers.Start(() => release.Wait(TimeSpan.FromSeconds(30)), stuckDone.Set);

        Assert.Equal(42, RunOnWorker(() => 42));
        release.Set();
        Assert.True(stuckDone.Wait(TimeSpan.FromSeconds(30))); // before the events are disposed under the worker
    }

    [Fact]
    public void Runs_reads_from_several_callers_at_once()
    {
        var seen = new ConcurrentBag<int>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => seen.Add(RunOnWorker(() => i * 2)));

        Assert.Equal(Enumerable.Range(0, 64).Select(i => i * 2).Order(), seen.Order());
    }

    [Fact]
    public void Gives_the_work_a_deep_stack()
    {
        // A reused worker keeps the large stack it was started with (a deep but legal PDF or XML structure).
        static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);

        Assert.Equal(40_000, RunOnWorker(() => Depth(40_000)));
    }
}
