namespace Gongkai.Bench;

/// <summary>One process run: wall time, peak resident memory (from <c>/usr/bin/time</c>'s %M), exit code and, on failure, why.</summary>
internal sealed record Measurement(double Seconds, double RssMb, int ExitCode, string? Failure)
{
    /// <summary>The medians of <paramref name="runs"/>, or the first failure among them.</summary>
    public static Measurement Median(IReadOnlyList<Measurement> runs)
    {
        if (runs.FirstOrDefault(r => r.Failure is not null) is { } failed)
        {
            return failed;
        }

        return new Measurement(Middle(runs.Select(r => r.Seconds)), Middle(runs.Select(r => r.RssMb)), runs[0].ExitCode, null);
    }

    private static double Middle(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
