using System.Globalization;

namespace Gongkai.LoadBenchmarks;

/// <summary>The measured figures of one page: latency percentiles over the measured window, throughput, errors and server CPU.</summary>
internal sealed record PageFigures(string Page, int Requests, int Errors, double PerSecond, double P50, double P95, double P99, double Max, double CpuMsPerRequest)
{
    public const string Header = "page                                               requests  errors   req/s   p50 ms   p95 ms   p99 ms   max ms  server CPU ms/req";

    /// <summary>The figures of <paramref name="latencies"/> (ms, completed in a window of <paramref name="window"/>).</summary>
    public static PageFigures Of(string page, List<double> latencies, int errors, TimeSpan window, TimeSpan serverCpu)
    {
        latencies.Sort();
        return new(page, latencies.Count, errors, latencies.Count / window.TotalSeconds,
            Percentile(latencies, 50), Percentile(latencies, 95), Percentile(latencies, 99), latencies.Count == 0 ? double.NaN : latencies[^1],
            latencies.Count == 0 ? double.NaN : serverCpu.TotalMilliseconds / latencies.Count);
    }

    /// <summary>One line under <see cref="Header"/>.</summary>
    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Page,-50} {Requests,8} {Errors,7} {PerSecond,7:F1} {P50,8:F1} {P95,8:F1} {P99,8:F1} {Max,8:F1} {CpuMsPerRequest,18:F1}");

    // Nearest rank: the smallest value with at least p % of the values at or below it.
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
