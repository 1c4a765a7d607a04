namespace Gongkai.Core.Cases.Clock;

/// <summary>
/// A due date and everything behind it, so that staff can check it by hand (docs/cases.md §6: list the days
/// counted, the paused spans and why).
/// </summary>
/// <param name="Received">The receipt date the period runs from.</param>
/// <param name="Due">The last day to answer; a working day.</param>
/// <param name="Counted">The working days counted, in order; the last is <paramref name="Due"/>.</param>
/// <param name="Skipped">The days between the receipt day and the due date not counted, with the reason.</param>
/// <param name="Pauses">The spans not counted (consultations, fee waits), by start date.</param>
/// <param name="ExtensionWorkingDays">The approved extension (条例 art. 33), 0 for none.</param>
/// <param name="Warnings">Chinese warnings, e.g. a year without holiday data.</param>
public sealed record DeadlineExplanation(
    DateOnly Received,
    DateOnly Due,
    IReadOnlyList<DateOnly> Counted,
    IReadOnlyList<SkippedDay> Skipped,
    IReadOnlyList<DateSpan> Pauses,
    int ExtensionWorkingDays,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The working days after <paramref name="today"/> up to the due date: 0 on the due date itself, negative once
    /// overdue (−1 on the working day after it). Paused days are not counted.
    /// </summary>
    public int WorkingDaysLeft(DateOnly today, WorkingCalendar calendar) => WorkingDays.Count(today, Due, calendar, Pauses);

    /// <summary>The explanation in Chinese lines: receipt, due date, the days counted, the days skipped grouped in spans, the extension, warnings.</summary>
    public string Describe() => DeadlineDescription.Write(this);
}
