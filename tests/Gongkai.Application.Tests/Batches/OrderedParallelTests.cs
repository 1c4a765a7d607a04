using FsCheck;
using FsCheck.Fluent;
using Gongkai.Application.Batches;

namespace Gongkai.Application.Tests.Batches;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Gives_the_results_in_input_order_whatever_the_jobs_and_the_time_each_item_takes()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), Prop.ForAll(
            Gen.Choose(0, 3).ListOf().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (delays, jobs) =>
            {
                var items = delays.ToList();
                var results = OrderedParallel.Map(items, jobs, (delay, index, _) =>
                {
                    Thread.Sleep(delay);
                    return (index, delay);
                }).ToList();

                Assert.Equal(items.Select((delay, index) => (index, delay)), results);
            }));
    }

    [Fact]
    public void Keeps_no_more_than_its_window_of_results_ahead_of_the_caller()
    {
        const int jobs = 3;
        var started = 0;
        var taken = 0;
        var ahead = 0;
        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 200).ToList(), jobs, (item, _, _) =>
        {
            var now = Interlocked.Increment(ref started) - Volatile.Read(ref taken);
            InterlockedMax(ref ahead, now);
            return item;
        }))
        {
            Thread.Sleep(1); // a slow consumer: the workers would run far ahead if nothing held them
            Interlocked.Increment(ref taken);
        }

        Assert.InRange(ahead, 1, jobs * OrderedParallel.WindowPerJob + 1);
    }

    [Fact]
    public void Rethrows_an_item_s_exception_when_the_caller_reaches_that_item()
    {
        var seen = new List<int>();

        var thrown = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedParallel.Map(Enumerable.Range(0, 50).ToList(), 4, (item, _, _) => item == 20 ? throw new InvalidOperationException("20") : item))
            {
                seen.Add(result);
            }
        });

        Assert.Equal("20", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 20), seen);
    }

    [Fact]
    public void Stops_the_workers_when_the_caller_stops_early()
    {
        var mapped = 0;

        var first = OrderedParallel.Map(Enumerable.Range(0, 10_000).ToList(), 2, (item, _, _) =>
        {
            Interlocked.Increment(ref mapped);
            return item;
        }).Take(3).ToList();
        var afterStop = Volatile.Read(ref mapped);
        Thread.Sleep(50);

        Assert.Equal([0, 1, 2], first);
        Assert.Equal(afterStop, Volatile.Read(ref mapped));
        Assert.True(afterStop <= 3 + (2 * OrderedParallel.WindowPerJob), $"{afterStop} items mapped");
    }

    [Fact]
    public void Maps_each_item_only_when_asked_for_on_one_job()
    {
        var mapped = new List<int>();
        using var each = OrderedParallel.Map([1, 2, 3], 1, (item, _, _) =>
        {
            mapped.Add(item);
            return item;
        }).GetEnumerator();

        Assert.True(each.MoveNext());

        Assert.Equal([1], mapped);
    }

    [Fact]
    public void Throws_when_cancelled_while_waiting_for_a_result()
    {
        using var cancel = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in OrderedParallel.Map([1, 2, 3, 4], 2, (item, _, _) =>
            {
                if (item == 1)
                {
                    cancel.Cancel();
                    release.Wait(TimeSpan.FromSeconds(5), CancellationToken.None);
                }

                return item;
            }, cancel.Token))
            {
            }
        });
        release.Set();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
