namespace Gongkai.Core.Cases;

/// <summary>What the working-day clock needs to compute a case's due date; it computes no date itself.</summary>
/// <param name="Start">The day the answer period runs from: the receipt, or the receipt of the supplement after 补正 (art. 30).</param>
/// <param name="Pauses">The spans not counted (consultations, art. 32/34; the fee wait when that assumption is on).</param>
/// <param name="ExtensionWorkingDays">Working days added by the one extension (art. 33), 0 when none.</param>
public sealed record ClockBasis(DateOnly Start, IReadOnlyList<PausedSpan> Pauses, int ExtensionWorkingDays);
