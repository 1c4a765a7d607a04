namespace Gongkai.Bench;

/// <summary>A row's goal from issue #16 and the figure measured before it ("now" in the issue's table).</summary>
/// <param name="MinRate">Reports per second at least.</param>
/// <param name="MaxSeconds">Wall time at most.</param>
/// <param name="MaxRssMb">Peak resident memory at most.</param>
/// <param name="Text">The goal as printed.</param>
/// <param name="IssueBefore">The issue's "now" figure, for docs/performance.md.</param>
internal sealed record BenchTarget(double? MinRate, double? MaxSeconds, double? MaxRssMb, string Text, string IssueBefore)
{
    /// <summary>No goal in the issue for this row.</summary>
    public static BenchTarget None { get; } = new(null, null, null, "—", "—");

    /// <summary>Whether a run of <paramref name="seconds"/>, <paramref name="rate"/> per second and <paramref name="rssMb"/> meets it; null without a goal.</summary>
    public bool? IsMet(double seconds, double rate, double rssMb)
    {
        if (MinRate is null && MaxSeconds is null && MaxRssMb is null)
        {
            return null;
        }

        return (MinRate is not { } r || rate >= r) && (MaxSeconds is not { } s || seconds <= s) && (MaxRssMb is not { } m || rssMb <= m);
    }
}
