using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Tests.Cases.Clock;

public sealed class AnswerDeadlineTests
{
    private static readonly DateOnly Received = new(2024, 9, 27);

    private static WorkingCalendar Official => WorkingCalendar.Official;

    private static DeadlineExplanation Compute(DateOnly received, int extension = 0, params DateSpan[] pauses) =>
        AnswerDeadline.Compute(new ClockInputs(received, pauses, extension), Official, ClockSettings.Default);

    [Fact]
    public void Is_due_on_2024_10_30_for_an_application_received_on_2024_09_27()
    {
        // Checked by hand against the 2024 notice. Received Friday 09-27 = day 0; Sat 09-28 off;
        // Sun 09-29 worked in exchange = day 1; Mon 09-30 = 2; 10-01..07 国庆节; 10-08..11 = 3..6;
        // Sat 10-12 worked in exchange = 7; Sun 10-13 off; 10-14..18 = 8..12; 10-21..25 = 13..17;
        // 10-28, 10-29, 10-30 = 18, 19, 20.
        var explanation = Compute(Received);

        Assert.Equal(new DateOnly(2024, 10, 30), explanation.Due);
        Assert.Equal(20, explanation.Counted.Count);
        Assert.Equal(new DateOnly(2024, 9, 29), explanation.Counted[0]);
        Assert.Contains(new DateOnly(2024, 10, 12), explanation.Counted);
        Assert.Equal(
            [new DateOnly(2024, 9, 28), .. Enumerable.Range(1, 7).Select(d => new DateOnly(2024, 10, d)), new(2024, 10, 13), new(2024, 10, 19), new(2024, 10, 20), new(2024, 10, 26), new(2024, 10, 27)],
            explanation.Skipped.Select(s => s.Date));
        Assert.Empty(explanation.Warnings);
    }

    [Fact]
    public void Leaves_a_consultation_out_of_the_period()
    {
        // 条例 art. 32: 10-08..10-21 consulting a third party. Days 1, 2 are 09-29, 09-30; the count resumes on
        // 10-22 = 3 and reaches 20 on 11-14 (no holiday in November 2024).
        var pause = new DateSpan(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 21), "征求第三方意见");

        var explanation = Compute(Received, 0, pause);

        Assert.Equal(new DateOnly(2024, 11, 14), explanation.Due);
        Assert.Equal(new DateOnly(2024, 10, 22), explanation.Counted[2]);
        Assert.Equal("暂停计算：征求第三方意见", explanation.Skipped.Single(s => s.Date == new DateOnly(2024, 10, 12)).Reason);
        Assert.StartsWith("国庆节", explanation.Skipped.Single(s => s.Date == new DateOnly(2024, 10, 1)).Reason, StringComparison.Ordinal);
        Assert.Equal([pause], explanation.Pauses);
    }

    [Fact]
    public void Adds_the_approved_extension()
    {
        // 条例 art. 33: 20 more working days after 10-30: 10-31, 11-01, then four full weeks of November, then
        // 11-25, 11-26, 11-27.
        var explanation = Compute(Received, 20);

        Assert.Equal(new DateOnly(2024, 11, 27), explanation.Due);
        Assert.Equal(40, explanation.Counted.Count);
        Assert.Equal(20, explanation.ExtensionWorkingDays);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(-1)]
    public void Refuses_an_extension_beyond_twenty_working_days_or_below_zero(int extension)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(Received, extension));
    }

    [Fact]
    public void Refuses_a_pause_that_ends_before_it_starts()
    {
        var backwards = new DateSpan(new DateOnly(2024, 10, 21), new DateOnly(2024, 10, 8), "征求第三方意见");

        Assert.Throws<ArgumentException>(() => Compute(Received, 0, backwards));
    }

    [Fact]
    public void Counts_the_receipt_day_when_the_day_zero_assumption_is_off()
    {
        var settings = ClockSettings.Default with { ReceiptDayIsDayZero = false };

        var explanation = AnswerDeadline.Compute(new ClockInputs(Received, []), Official, settings);

        Assert.Equal(new DateOnly(2024, 10, 29), explanation.Due);
        Assert.Equal(Received, explanation.Counted[0]);
    }

    [Fact]
    public void Warns_when_the_period_runs_into_a_year_without_holiday_data()
    {
        var explanation = Compute(new DateOnly(2026, 12, 15));

        Assert.Equal(["2027 年没有节假日数据，按周一至周五计算"], explanation.Warnings);
        Assert.True(explanation.Due.Year == 2027);
    }

    [Fact]
    public void Ends_on_a_working_day_after_the_spring_festival_when_the_count_falls_in_it()
    {
        // Received 2025-01-02 (Thursday): 01-03 = 1, then 01-06..10 = 2..6, 01-13..17 = 7..11, 01-20..24 = 12..16,
        // Sun 01-26 (worked) = 17, Mon 01-27 = 18, 01-28..02-04 春节, 02-05 = 19, 02-06 = 20.
        Assert.Equal(new DateOnly(2025, 2, 6), Compute(new DateOnly(2025, 1, 2)).Due);
    }
}
