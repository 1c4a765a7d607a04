namespace Gongkai.Core.Cases.Clock;

/// <summary>What the answer deadline of one application depends on.</summary>
/// <param name="Received">The receipt date (收到申请之日, 条例 art. 31), or the receipt of the supplemented application after 补正 (art. 30).</param>
/// <param name="Pauses">Spans not counted in the period: consultations (art. 32, 34), and the wait for a fee when <see cref="ClockSettings.FeeWaitPausesClock"/>.</param>
/// <param name="ExtensionWorkingDays">The approved extension (art. 33), 0 for none.</param>
public sealed record ClockInputs(DateOnly Received, IReadOnlyList<DateSpan> Pauses, int ExtensionWorkingDays = 0);
