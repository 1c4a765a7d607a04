namespace Gongkai.Core.Cases.Clock;

/// <summary>A date inside a deadline's period that was not counted, and why (Chinese).</summary>
/// <param name="Date">The date.</param>
/// <param name="Reason">Why it was not counted: <c>星期六</c>, a holiday with its notice, or a pause's reason.</param>
public sealed record SkippedDay(DateOnly Date, string Reason);
