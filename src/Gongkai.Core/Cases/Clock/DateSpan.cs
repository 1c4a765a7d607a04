namespace Gongkai.Core.Cases.Clock;

/// <summary>A span of dates, both ends included, and why it matters (e.g. a pause of the clock).</summary>
/// <param name="From">The first date.</param>
/// <param name="To">The last date (not before <paramref name="From"/>).</param>
/// <param name="Reason">Why, in Chinese, e.g. <c>征求第三方意见</c> (条例 art. 32).</param>
public sealed record DateSpan(DateOnly From, DateOnly To, string Reason)
{
    /// <summary>Whether <paramref name="date"/> is in the span.</summary>
    public bool Contains(DateOnly date) => From <= date && date <= To;
}
