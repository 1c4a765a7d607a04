namespace Gongkai.Core.Cases.Clock;

/// <summary>The answer deadline of one application, with the days behind it (docs/cases.md §2, §6).</summary>
public static class AnswerDeadline
{
    /// <summary>
    /// 条例 art. 33: the answer is due <see cref="ClockSettings.AnswerWorkingDays"/> working days after the receipt
    /// day, plus the approved extension; consultations (art. 32, 34) and other pauses are never counted. The due date
    /// is always a working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The extension is negative or exceeds <see cref="ClockSettings.MaxExtensionWorkingDays"/> (art. 33: at most 20), or the answer period is not positive.</exception>
    /// <exception cref="ArgumentException">A pause ends before it starts.</exception>
    public static DeadlineExplanation Compute(ClockInputs inputs, WorkingCalendar calendar, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.AnswerWorkingDays, 1, nameof(settings));
        var extension = inputs.ExtensionWorkingDays;
        if (extension < 0 || extension > settings.MaxExtensionWorkingDays)
        {
            // 条例 art. 33: one extension of at most 20 working days.
            throw new ArgumentOutOfRangeException(nameof(inputs), extension, $"延长答复期限应为 0 至 {settings.MaxExtensionWorkingDays} 个工作日（条例第三十三条），实为 {extension} 个。");
        }

        var pauses = inputs.Pauses;
        var counted = WorkingDays.Walk(inputs.Received, settings.AnswerWorkingDays + extension, calendar, pauses, settings);
        var due = counted[^1];
        var countedSet = counted.ToHashSet();
        var skipped = new List<SkippedDay>();
        for (var day = settings.ReceiptDayIsDayZero ? inputs.Received.AddDays(1) : inputs.Received; day <= due; day = day.AddDays(1))
        {
            if (!countedSet.Contains(day))
            {
                var reason = calendar.WhyNotWorking(day) ?? ClockLabels.Paused(pauses.First(p => p.Contains(day)).Reason);
                skipped.Add(new SkippedDay(day, reason));
            }
        }

        return new DeadlineExplanation(
            inputs.Received,
            due,
            counted,
            skipped,
            [.. pauses.OrderBy(p => p.From)],
            extension,
            calendar.MissingYearWarnings(inputs.Received, due));
    }
}
