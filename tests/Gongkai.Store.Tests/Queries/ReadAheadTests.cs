using Gongkai.Store.Queries;

namespace Gongkai.Store.Tests.Queries;

/// <summary>Reading one item ahead on another thread (<see cref="ReadAhead"/>) changes nothing the caller sees but the timing.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public void Every_item_comes_once_in_order()
    {
        var items = Enumerable.Range(0, 1_000).ToList();

        Assert.Equal(items, ReadAhead.OneAhead(items));
        Assert.Empty(ReadAhead.OneAhead(Array.Empty<int>()));
    }

    [Fact]
    public void The_source_is_read_on_one_other_thread_at_most_two_items_ahead()
    {
        var caller = Environment.CurrentManagedThreadId;
        var readers = new HashSet<int>();
        var read = 0;
        var handed = 0;

        foreach (var item in ReadAhead.OneAhead(Source()))
        {
            handed++;
            Thread.Sleep(1);

            // One item waits in the queue, one is being read: never more than two past the caller's.
            Assert.InRange(Volatile.Read(ref read) - handed, 0, 2);
        }

        Assert.Equal(200, handed);
        Assert.DoesNotContain(caller, readers);
        Assert.Single(readers);

        IEnumerable<int> Source()
        {
            for (var i = 0; i < 200; i++)
            {
                lock (readers)
                {
                    readers.Add(Environment.CurrentManagedThreadId);
                }

                Interlocked.Increment(ref read);
                yield return i;
            }
        }
    }

    [Fact]
    public void A_failure_of_the_source_reaches_the_caller_as_itself_after_the_items_before_it()
    {
        var seen = new List<int>();

        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in ReadAhead.OneAhead(Failing()))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("source failed", failure.Message);
        Assert.Equal([0, 1, 2], seen);

        static IEnumerable<int> Failing()
        {
            yield return 0;
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("source failed");
        }
    }

    [Fact]
    public void A_caller_that_stops_early_returns_only_once_the_source_is_no_longer_read()
    {
        var reading = 0;
        var disposed = false;

        foreach (var item in ReadAhead.OneAhead(Endless()))
        {
            if (item == 3)
            {
                break;
            }
        }

        Assert.True(Volatile.Read(ref disposed));
        Assert.Equal(0, Volatile.Read(ref reading));

        IEnumerable<int> Endless()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref reading);
                    Thread.Sleep(1);
                    Interlocked.Decrement(ref reading);
                    yield return i;
                }
            }
            finally
            {
                Volatile.Write(ref disposed, true);
            }
        }
    }
}
