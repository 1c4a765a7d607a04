namespace Gongkai.Core.Cases;

/// <summary>Days not counted in the answer period, with why (Chinese, for the explanation shown to staff).</summary>
/// <param name="From">The day the pause began (the letter sent, the fee notice issued).</param>
/// <param name="To">The day it ended (the answer, the payment or lapse), or the as-of day while it goes on.</param>
/// <param name="Reason">Why these days do not count.</param>
public sealed record PausedSpan(DateOnly From, DateOnly To, string Reason);
