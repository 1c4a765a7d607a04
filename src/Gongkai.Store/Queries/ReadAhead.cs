using System.Collections.Concurrent;

namespace Gongkai.Store.Queries;

/// <summary>
/// Enumerates a source on another thread, one item ahead of the caller: the next chunk of an export is read from the
/// database while the caller formats the current one (~11 % of the SQLite long export's time went to reading while
/// the formatter waited, issue #16).
/// </summary>
/// <remarks>
/// Memory is bounded: one item waits in the queue and one is being read, besides the caller's. Only the reading thread
/// enumerates the source, one step at a time, so a source on a database connection keeps that connection to one
/// thread at a time — as long as the caller does not use the connection until the enumeration ends. Ending the
/// enumeration, early or not, returns only once the reading thread has stopped; its failure is thrown to the caller
/// as itself when the caller reaches it.
/// </remarks>
internal static class ReadAhead
{
    /// <summary>The items of <paramref name="source"/>, in order, each read while the caller handles the one before.</summary>
    public static IEnumerable<T> OneAhead<T>(IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerate(source);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source)
    {
        using var queue = new BlockingCollection<T>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(() => Fill(source, queue, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }

            reader.GetAwaiter().GetResult();
        }
        finally
        {
            // A caller that stops early (a closed pipe) leaves the reader blocked on the full queue: cancel it, and
            // wait, so that nothing reads the connection after this returns. Its own failure, if any, was thrown above.
            stop.Cancel();
            Task.WaitAny(reader);
        }
    }

    private static void Fill<T>(IEnumerable<T> source, BlockingCollection<T> queue, CancellationToken stop)
    {
        try
        {
            foreach (var item in source)
            {
                queue.Add(item, stop);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }
}
