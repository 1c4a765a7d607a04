using System.Runtime.ExceptionServices;

namespace Gongkai.Application.Batches;

/// <summary>
/// The ordered parallel map of the batch commands (<c>parse</c>, <c>check</c>): items are worked on by up to
/// <c>jobs</c> threads, and their results come back in input order, so that whatever the caller prints is the same
/// as a serial run's (issue #16). At most <see cref="WindowPerJob"/> × jobs results wait ahead of the caller, so
/// memory stays bounded whatever the batch size.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Results allowed ahead of the consumer per job: enough to keep every worker busy past one slow item.</summary>
    public const int WindowPerJob = 4;

    /// <summary>The number of jobs a batch runs when the user does not say (<c>-j</c>): one per processor.</summary>
    public static int DefaultJobs => Environment.ProcessorCount;

    /// <summary>
    /// <paramref name="map"/> applied to each of <paramref name="items"/>, in input order. With one job (or one item) each
    /// item is mapped only when the caller asks for it, on the caller's thread; otherwise workers run ahead by the
    /// window. Abandoning the enumeration stops the workers (items already started finish; their results are dropped).
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="jobs">Threads to map on; the number of processors when <see langword="null"/>.</param>
    /// <param name="map">The work on one item (and its index), on any thread; an exception it throws is rethrown to
    /// the caller when the enumeration reaches that item, as a serial run would.</param>
    /// <param name="cancellation">Stops the workers; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public static IEnumerable<TResult> Map<TItem, TResult>(IReadOnlyList<TItem> items, int? jobs, Func<TItem, int, CancellationToken, TResult> map, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var threads = Math.Min(Math.Max(1, jobs ?? DefaultJobs), items.Count);
        return threads <= 1 ? Serial(items, map, cancellation) : Parallel(items, threads, map, cancellation);
    }

    private static IEnumerable<TResult> Serial<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, int, CancellationToken, TResult> map, CancellationToken cancellation)
    {
        for (var i = 0; i < items.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return map(items[i], i, cancellation);
        }
    }

    private static IEnumerable<TResult> Parallel<TItem, TResult>(IReadOnlyList<TItem> items, int threads, Func<TItem, int, CancellationToken, TResult> map, CancellationToken cancellation)
    {
        using var window = new Window<TResult>(threads * WindowPerJob, cancellation);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            // Dedicated threads: a worker blocks on the window and on its read budget, which would starve the pool.
            workers[t] = new Thread(() => window.Work(items, map)) { IsBackground = true, Name = "gongkai-batch" };
            workers[t].Start();
        }

        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return window.Take(i);
            }
        }
        finally
        {
            window.Stop();
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
    }

    // The ring of results between the workers and the consumer: item i lives in slot i % size from the moment a worker
    // claims it until the consumer takes it; a worker claims an item only when its slot is free.
    private sealed class Window<TResult>(int size, CancellationToken cancellation) : IDisposable
    {
        private readonly object _gate = new(); // Monitor.Wait/PulseAll need a monitor, which System.Threading.Lock is not
        private readonly TResult?[] _results = new TResult?[size];
        private readonly ExceptionDispatchInfo?[] _failures = new ExceptionDispatchInfo?[size];
        private readonly bool[] _done = new bool[size];
        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        private int _next;
        private int _taken;

        public void Work<TItem>(IReadOnlyList<TItem> items, Func<TItem, int, CancellationToken, TResult> map)
        {
            while (Claim(items.Count) is { } index)
            {
                TResult? result = default;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    result = map(items[index], index, _stop.Token);
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }

                lock (_gate)
                {
                    _results[index % size] = result;
                    _failures[index % size] = failure;
                    _done[index % size] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public TResult Take(int index)
        {
            using var wake = _stop.Token.Register(() => Pulse());
            lock (_gate)
            {
                while (!_done[index % size])
                {
                    _stop.Token.ThrowIfCancellationRequested();
                    Monitor.Wait(_gate);
                }

                var slot = index % size;
                var result = _results[slot];
                var failure = _failures[slot];
                _results[slot] = default;
                _failures[slot] = null;
                _done[slot] = false;
                _taken = index + 1;
                Monitor.PulseAll(_gate);
                failure?.Throw();
                return result!;
            }
        }

        public void Stop()
        {
            _stop.Cancel();
            Pulse();
        }

        public void Dispose() => _stop.Dispose();

        private int? Claim(int count)
        {
            lock (_gate)
            {
                while (!_stop.IsCancellationRequested && _next < count && _next - _taken >= size)
                {
                    Monitor.Wait(_gate);
                }

                return _stop.IsCancellationRequested || _next >= count ? null : _next++;
            }
        }

        private void Pulse()
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }
}
