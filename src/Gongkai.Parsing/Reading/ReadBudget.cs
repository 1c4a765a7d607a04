using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// The wall-clock budget of one parse: the work runs on a worker thread (<see cref="ReadWorkers"/>) and the caller waits at most until the
/// deadline. Past it the work's token is cancelled (readers stop at their next check) and the caller is told so at
/// once, whether or not the work has stopped yet: a reader stuck inside a library call cannot hold a batch.
/// </summary>
internal sealed class ReadBudget
{
    private readonly CancellationTokenSource? _cancel;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _allowedTicks;

    private ReadBudget(TimeSpan allowed, CancellationToken caller, bool deadline)
    {
        _allowedTicks = allowed.Ticks;
        _cancel = deadline ? CancellationTokenSource.CreateLinkedTokenSource(caller) : null;
        Token = _cancel?.Token ?? caller;
    }

    /// <summary>A budget without a deadline of its own, cancelled with <paramref name="token"/> (work nested in a budgeted read).</summary>
    public static ReadBudget Unbounded(CancellationToken token) => new(Timeout.InfiniteTimeSpan, token, deadline: false);

    /// <summary>Cancelled when the budget is spent or the caller gives up.</summary>
    public CancellationToken Token { get; }

    /// <summary>The time allowed so far (the timeout plus any extension).</summary>
    public TimeSpan Allowed => TimeSpan.FromTicks(Interlocked.Read(ref _allowedTicks));

    /// <summary>
    /// Runs <paramref name="work"/> within <paramref name="allowed"/>: its result, its exception, or
    /// <paramref name="timedOut"/>'s result (given the time allowed) when the deadline passes first.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="caller"/> was cancelled.</exception>
    public static T Run<T>(TimeSpan allowed, Func<ReadBudget, T> work, Func<TimeSpan, T> timedOut, CancellationToken caller)
    {
        if (allowed == Timeout.InfiniteTimeSpan)
        {
            return work(Unbounded(caller));
        }

        var budget = new ReadBudget(allowed, caller, deadline: true);
        var cancel = budget._cancel!;

        // Set by the worker once it is back in the pool; waited on without spinning (a read takes about a
        // millisecond, and a spinning caller only burned the core the read needs: issue #16). Never disposed: an
        // abandoned read still sets it when it ends.
        var done = new ManualResetEventSlim(initialState: false, spinCount: 0);
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        ReadWorkers.Start(
            () =>
            {
                try
                {
                    result = work(budget);
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            done.Set);

        while (true)
        {
            var left = budget.Allowed - budget._clock.Elapsed;
            bool finished;
            try
            {
                finished = left > TimeSpan.Zero && done.Wait(left, caller);
            }
            catch (OperationCanceledException)
            {
                cancel.Cancel();
                throw;
            }

            if (finished)
            {
                cancel.Dispose();
                failure?.Throw(); // the work's own exception, as itself
                return result!;
            }

            if (budget._clock.Elapsed >= budget.Allowed)
            {
                // Not disposed: the abandoned work may still look at its token until its next check.
                cancel.Cancel();
                return timedOut(budget.Allowed);
            }
        }
    }

    /// <summary>Gives the work more time (a reader waiting on an external converter with its own time limit).</summary>
    public void Extend(TimeSpan extra)
    {
        if (extra > TimeSpan.Zero)
        {
            Interlocked.Add(ref _allowedTicks, extra.Ticks);
        }
    }
}
