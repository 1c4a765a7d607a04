namespace Gongkai.Bench;

/// <summary>A row's medians: the build under test, the earlier build when given, and each baseline.</summary>
internal sealed record RowResult(BenchRow Row, Measurement Current, Measurement? Before, IReadOnlyList<(string Name, Measurement Result)> Baselines)
{
    /// <summary>Reports per second of the build under test.</summary>
    public double Rate => Row.Reports / Current.Seconds;

    /// <summary>Whether the build under test meets the row's goal (null: no goal or failed).</summary>
    public bool? TargetMet => Current.Failure is null ? Row.Target.IsMet(Current.Seconds, Rate, Current.RssMb) : null;
}
