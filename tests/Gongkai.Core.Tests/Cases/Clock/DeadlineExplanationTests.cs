using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Tests.Cases.Clock;

public sealed class DeadlineExplanationTests
{
    private static readonly DateOnly Received = new(2024, 9, 27);

    private static WorkingCalendar Official => WorkingCalendar.Official;

    private static DeadlineExplanation Compute(int extension = 0, params DateSpan[] pauses) =>
        AnswerDeadline.Compute(new ClockInputs(Received, pauses, extension), Official, ClockSettings.Default);

    [Fact]
    public void Describes_the_receipt_the_due_date_and_the_days_skipped_in_spans()
    {
        var lines = Compute().Describe().Split('\n');

        Assert.Equal(
        [
            "收到申请：2024-09-27（星期五）",
            "答复期限：2024-10-30（星期三）",
            "计算 20 个工作日：2024-09-29 至 2024-10-30（收到申请当日不计入）",
            "不计算的日期：",
            "  2024-09-28 星期六",
            "  2024-10-01 至 2024-10-07 国庆节（国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号））",
            "  2024-10-13 星期日",
            "  2024-10-19 至 2024-10-20 周末",
            "  2024-10-26 至 2024-10-27 周末",
            "",
        ],
            lines);
    }

    [Fact]
    public void Describes_the_pauses_and_the_extension()
    {
        var pause = new DateSpan(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 21), "征求第三方意见");

        var text = Compute(5, pause).Describe();

        Assert.Contains("计算 25 个工作日（20 个，延长 5 个）：", text, StringComparison.Ordinal);
        Assert.Contains("延长答复期限：5 个工作日（条例第三十三条）\n", text, StringComparison.Ordinal);
        Assert.Contains("暂停计算：2024-10-08 至 2024-10-21 征求第三方意见\n", text, StringComparison.Ordinal);
        // The Saturday worked in exchange (10-12) is paused; the Sunday after it is off anyway.
        Assert.Contains("  2024-10-08 至 2024-10-12 暂停计算：征求第三方意见\n  2024-10-13 星期日\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describes_a_missing_year_as_a_warning()
    {
        var explanation = AnswerDeadline.Compute(new ClockInputs(new DateOnly(2026, 12, 15), []), Official, ClockSettings.Default);

        Assert.EndsWith("注意：2027 年没有节假日数据，按周一至周五计算\n", explanation.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-10-30", 0)]
    [InlineData("2024-10-29", 1)]
    [InlineData("2024-10-25", 3)]
    [InlineData("2024-10-31", -1)]
    [InlineData("2024-11-04", -3)]
    [InlineData("2024-10-05", 18)]
    public void Tells_the_working_days_left_negative_when_overdue(string today, int left)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(left, Compute().WorkingDaysLeft(day, Official));
    }
}
