namespace Gongkai.Parsing.Reading;

/// <summary>
/// The threads budgeted reads run on (<see cref="ReadBudget"/>), kept for the next read instead of one new thread per
/// file: starting a thread with a large stack cost more than reading a small text report. A worker whose read ran
/// past its deadline is simply busy; the caller has moved on, and the worker comes back to the pool if its read ever
/// ends. Idle workers are background threads and never keep the process alive.
/// </summary>
/// <remarks>
/// The hand-off blocks at once instead of spinning (a monitor, not <see cref="SemaphoreSlim"/> or a
/// <see cref="Task"/> wait, which spin before they sleep): a read takes about a millisecond, so a spinning waiter
/// only burned the other core's time (issue #16). The idle list is a locked stack rather than a
/// <c>ConcurrentBag</c>, whose first use builds an event source by reflection at start-up.
/// </remarks>
internal static class ReadWorkers
{
    // A deep but legal structure (PdfPig's parser, XML) must not overflow the worker's stack where the caller's would not.
    private const int StackBytes = 16 * 1024 * 1024;

    // More idle workers than this are let go: a batch uses one per core, a burst beyond that need not be kept.
    private static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount * 2);

    private static readonly Stack<Worker> Idle = new();

    /// <summary>
    /// Runs <paramref name="work"/> on an idle worker, or a new one when none is idle, then <paramref name="completed"/>
    /// once the worker is back in the pool (so that a caller woken by it finds the worker idle). Neither may throw.
    /// </summary>
    public static void Start(Action work, Action completed)
    {
        Worker? worker;
        lock (Idle)
        {
            Idle.TryPop(out worker);
        }

        worker ??= new Worker();

        // As a new thread would: the caller's culture and async-locals flow into the work.
        var context = ExecutionContext.Capture();
        worker.Run(context is null ? work : () => ExecutionContext.Run(context, static state => ((Action)state!)(), work), completed);
    }

    private sealed class Worker
    {
        private readonly object _gate = new(); // Monitor.Wait/Pulse: a Lock has no condition wait
        private (Action Work, Action Completed)? _work;

        public Worker()
        {
            var thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "gongkai-read" };
            thread.Start();
        }

        public void Run(Action work, Action completed)
        {
            lock (_gate)
            {
                _work = (work, completed);
                Monitor.Pulse(_gate);
            }
        }

        private void Loop()
        {
            while (true)
            {
                (Action Work, Action Completed) next;
                lock (_gate)
                {
                    while (_work is null)
                    {
                        Monitor.Wait(_gate);
                    }

                    next = _work.Value;
                    _work = null;
                }

                next.Work();
                bool kept;
                lock (Idle)
                {
                    kept = Idle.Count < MaxIdle;
                    if (kept)
                    {
                        Idle.Push(this);
                    }
                }

                next.Completed();
                if (!kept)
                {
                    return;
                }
            }
        }
    }
}
