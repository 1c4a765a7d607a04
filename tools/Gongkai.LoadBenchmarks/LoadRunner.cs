using System.Diagnostics;
using System.Net;

namespace Gongkai.LoadBenchmarks;

/// <summary>
/// Runs every virtual user against one page at once: each asks, reads the whole answer and asks again, at once or
/// after its think time (<see cref="LoadOptions.Think"/>), for the warm-up and then the measured window. A request counts when it completes inside the window;
/// errors (any status but 200, or no answer) are counted over the whole phase.
/// </summary>
internal static class LoadRunner
{
    public static async Task<PageFigures> RunAsync(IReadOnlyList<WebSession> users, PageLoad page, AppServer server, LoadOptions options, Action<string> error)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = options.WarmUp;
        var end = options.WarmUp + options.Duration;
        var latencies = new List<double>();
        var errors = 0;
        var cpu = CpuOverWindowAsync(server, measureFrom, end, clock);

        await Task.WhenAll(users.Select((user, index) => Task.Run(async () =>
        {
            var random = new Random(options.Seed * 1000 + index);
            while (clock.Elapsed < end)
            {
                var path = page.NextPath(random);
                var started = clock.Elapsed;
                HttpStatusCode? status = null;
                string? failure = null;
                try
                {
                    status = await user.GetAsync(path, CancellationToken.None);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failure = ex.Message;
                }

                var finished = clock.Elapsed;
                lock (latencies)
                {
                    if (status != HttpStatusCode.OK)
                    {
                        errors++;
                        error($"{path}: {(status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : failure)}");
                    }
                    else if (finished >= measureFrom && finished <= end)
                    {
                        latencies.Add((finished - started).TotalMilliseconds);
                    }
                }

                if (options.Think > TimeSpan.Zero)
                {
                    await Task.Delay(options.Think * (0.5 + random.NextDouble()));
                }
            }
        })));

        return PageFigures.Of(page.Name, latencies, errors, options.Duration, await cpu);
    }

    private static async Task<TimeSpan> CpuOverWindowAsync(AppServer server, TimeSpan from, TimeSpan to, Stopwatch clock)
    {
        var wait = from - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var start = server.CpuTime;
        var left = to - clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        return server.CpuTime - start;
    }
}
