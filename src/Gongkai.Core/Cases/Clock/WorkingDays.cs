namespace Gongkai.Core.Cases.Clock;

/// <summary>
/// Counting working days (docs/cases.md §6): the generic “N working days after” behind every period of the
/// 条例 — the answer (art. 33), the 补正 notice (art. 30, 7 days), consultations (art. 32/34, 15 days), the fee
/// payment (an assumption, 20 days). A paused day is never counted, even when it is a working day.
/// </summary>
public static class WorkingDays
{
    /// <summary>
    /// The date that is the <paramref name="workingDays"/>-th working day after <paramref name="start"/> (with
    /// <see cref="ClockSettings.ReceiptDayIsDayZero"/>, the default, <paramref name="start"/> is day 0; otherwise it
    /// is day 1 when it is a working day). Always a working day, except for 0 days, which is <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative, or the count runs past the last date.</exception>
    /// <exception cref="ArgumentException">A pause ends before it starts.</exception>
    public static DateOnly Add(DateOnly start, int workingDays, WorkingCalendar calendar, IReadOnlyList<DateSpan>? pauses = null, ClockSettings? settings = null)
    {
        var counted = Walk(start, workingDays, calendar, pauses ?? [], settings ?? ClockSettings.Default);
        return counted.Count == 0 ? start : counted[^1];
    }

    /// <summary>
    /// The working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>,
    /// paused days left out; negative (the same count, negated) when <paramref name="toInclusive"/> is earlier.
    /// </summary>
    /// <exception cref="ArgumentException">A pause ends before it starts.</exception>
    public static int Count(DateOnly fromExclusive, DateOnly toInclusive, WorkingCalendar calendar, IReadOnlyList<DateSpan>? pauses = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        pauses ??= [];
        CheckPauses(pauses);
        if (toInclusive < fromExclusive)
        {
            return -Count(toInclusive, fromExclusive, calendar, pauses);
        }

        var count = 0;
        for (var day = fromExclusive; day < toInclusive;)
        {
            day = day.AddDays(1);
            if (Counts(day, calendar, pauses))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The days counted, in order, to reach <paramref name="workingDays"/> from <paramref name="start"/>.</summary>
    internal static List<DateOnly> Walk(DateOnly start, int workingDays, WorkingCalendar calendar, IReadOnlyList<DateSpan> pauses, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        CheckPauses(pauses);
        var counted = new List<DateOnly>(workingDays);
        var day = start;
        if (workingDays > 0 && !settings.ReceiptDayIsDayZero && Counts(day, calendar, pauses))
        {
            counted.Add(day); // the receipt day as day 1 (the alternative to the day-0 assumption)
        }

        while (counted.Count < workingDays)
        {
            if (day == DateOnly.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), "The count runs past the last representable date.");
            }

            day = day.AddDays(1);
            if (Counts(day, calendar, pauses))
            {
                counted.Add(day);
            }
        }

        return counted;
    }

    internal static bool Counts(DateOnly day, WorkingCalendar calendar, IReadOnlyList<DateSpan> pauses) =>
        calendar.IsWorkingDay(day) && !pauses.Any(p => p.Contains(day));

    internal static void CheckPauses(IReadOnlyList<DateSpan> pauses)
    {
        foreach (var pause in pauses)
        {
            if (pause.To < pause.From)
            {
                throw new ArgumentException($"The pause {pause.From:yyyy-MM-dd}..{pause.To:yyyy-MM-dd} ends before it starts.", nameof(pauses));
            }
        }
    }
}
