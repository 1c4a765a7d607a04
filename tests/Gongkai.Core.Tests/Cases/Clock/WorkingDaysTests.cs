using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Tests.Cases.Clock;

public sealed class WorkingDaysTests
{
    private static WorkingCalendar Official => WorkingCalendar.Official;

    [Fact]
    public void Adds_the_seven_days_of_a_correction_notice_across_the_2025_spring_festival()
    {
        // Received Friday 2025-01-24 (day 0): Sun 01-26 (worked) 1, Mon 01-27 2, 01-28..02-04 off,
        // 02-05 3, 02-06 4, 02-07 5, Sat 02-08 (worked) 6, Mon 02-10 7.
        var due = WorkingDays.Add(new DateOnly(2025, 1, 24), ClockSettings.Default.CorrectionNoticeWorkingDays, Official);

        Assert.Equal(new DateOnly(2025, 2, 10), due);
    }

    [Fact]
    public void Counts_the_receipt_day_as_day_one_when_the_assumption_is_turned_off()
    {
        var settings = ClockSettings.Default with { ReceiptDayIsDayZero = false };

        Assert.Equal(new DateOnly(2024, 10, 14), WorkingDays.Add(new DateOnly(2024, 10, 14), 1, Official, settings: settings));
        Assert.Equal(new DateOnly(2024, 10, 15), WorkingDays.Add(new DateOnly(2024, 10, 14), 1, Official));
        // A Sunday received is not a working day, so day 1 is still the Monday.
        Assert.Equal(new DateOnly(2024, 10, 21), WorkingDays.Add(new DateOnly(2024, 10, 20), 1, Official, settings: settings));
    }

    [Fact]
    public void Never_counts_a_paused_day()
    {
        var pauses = new[] { new DateSpan(new DateOnly(2024, 10, 15), new DateOnly(2024, 10, 16), "征求第三方意见") };

        Assert.Equal(new DateOnly(2024, 10, 17), WorkingDays.Add(new DateOnly(2024, 10, 14), 1, Official, pauses));
    }

    [Fact]
    public void Adds_nothing_for_zero_days()
    {
        Assert.Equal(new DateOnly(2024, 10, 5), WorkingDays.Add(new DateOnly(2024, 10, 5), 0, Official));
    }

    [Fact]
    public void Refuses_a_negative_count_and_a_pause_that_ends_before_it_starts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(new DateOnly(2024, 10, 5), -1, Official));
        var backwards = new[] { new DateSpan(new DateOnly(2024, 10, 21), new DateOnly(2024, 10, 8), "征求第三方意见") };
        Assert.Throws<ArgumentException>(() => WorkingDays.Add(new DateOnly(2024, 10, 5), 3, Official, backwards));
    }

    [Fact]
    public void Counts_working_days_between_two_dates_negative_when_reversed()
    {
        Assert.Equal(1, WorkingDays.Count(new DateOnly(2024, 9, 30), new DateOnly(2024, 10, 8), Official));
        Assert.Equal(-1, WorkingDays.Count(new DateOnly(2024, 10, 8), new DateOnly(2024, 9, 30), Official));
        Assert.Equal(0, WorkingDays.Count(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 8), Official));
        // 2024-10-08..12: Tue to Sat, the Saturday worked in exchange for the national day.
        Assert.Equal(5, WorkingDays.Count(new DateOnly(2024, 10, 7), new DateOnly(2024, 10, 13), Official));
    }

    [Fact]
    public void Count_undoes_add()
    {
        var start = new DateOnly(2024, 9, 27);
        for (var days = 0; days <= 60; days++)
        {
            Assert.Equal(days, WorkingDays.Count(start, WorkingDays.Add(start, days, Official), Official));
        }
    }
}
