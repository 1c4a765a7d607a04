using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Tests.Cases.Clock;

public sealed class WorkingCalendarTests
{
    private const string Notice2024 = "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）";

    private static WorkingCalendar Official => WorkingCalendar.Official;

    [Theory]
    [InlineData("2024-02-04")]
    [InlineData("2024-02-18")]
    public void Works_on_the_sundays_the_2024_notice_made_working_days(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DayOfWeek.Sunday, day.DayOfWeek);
        Assert.True(Official.IsWorkingDay(day));
        Assert.Null(Official.WhyNotWorking(day));
    }

    [Fact]
    public void Skips_the_national_day_week_of_2024_naming_the_notice()
    {
        for (var day = new DateOnly(2024, 10, 1); day <= new DateOnly(2024, 10, 7); day = day.AddDays(1))
        {
            Assert.False(Official.IsWorkingDay(day), day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal($"国庆节（{Notice2024}）", Official.WhyNotWorking(day));
        }

        Assert.True(Official.IsWorkingDay(new DateOnly(2024, 10, 8)));
        Assert.True(Official.IsWorkingDay(new DateOnly(2024, 10, 12))); // a Saturday worked in exchange
    }

    [Fact]
    public void Skips_the_eight_days_of_the_2025_spring_festival_and_works_the_weekend_days_around_it()
    {
        var off = Enumerable.Range(0, 8).Select(i => new DateOnly(2025, 1, 28).AddDays(i)).ToList();

        Assert.All(off, day => Assert.False(Official.IsWorkingDay(day)));
        Assert.Equal(new DateOnly(2025, 2, 4), off[^1]);
        Assert.True(Official.IsWorkingDay(new DateOnly(2025, 1, 26))); // Sunday
        Assert.True(Official.IsWorkingDay(new DateOnly(2025, 2, 8))); // Saturday
        Assert.True(Official.IsWorkingDay(new DateOnly(2025, 2, 5)));
    }

    [Fact]
    public void Follows_the_2019_labour_day_change_notice()
    {
        Assert.All(Enumerable.Range(1, 4), d => Assert.False(Official.IsWorkingDay(new DateOnly(2019, 5, d))));
        Assert.True(Official.IsWorkingDay(new DateOnly(2019, 4, 28))); // Sunday
        Assert.True(Official.IsWorkingDay(new DateOnly(2019, 5, 5))); // Sunday
        Assert.Contains("国办发明电〔2019〕3号", Official.WhyNotWorking(new DateOnly(2019, 5, 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_the_2020_spring_festival_extension()
    {
        var friday = new DateOnly(2020, 1, 31);

        Assert.Equal(DayOfWeek.Friday, friday.DayOfWeek);
        Assert.False(Official.IsWorkingDay(friday));
        Assert.StartsWith("春节（延长）", Official.WhyNotWorking(friday), StringComparison.Ordinal);
        Assert.True(Official.IsWorkingDay(new DateOnly(2020, 2, 3)));
    }

    [Fact]
    public void Names_an_ordinary_weekend_day()
    {
        Assert.Equal("星期六", Official.WhyNotWorking(new DateOnly(2024, 10, 19)));
        Assert.Equal("星期日", Official.WhyNotWorking(new DateOnly(2024, 10, 20)));
        Assert.True(Official.IsWorkingDay(new DateOnly(2024, 10, 21)));
    }

    [Fact]
    public void Covers_the_years_of_its_notices_and_not_the_year_before_the_first()
    {
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], Official.CoveredYears);
        Assert.False(Official.IsWorkingDay(new DateOnly(2018, 12, 31))); // set by the 2019 notice all the same
    }

    [Fact]
    public void Counts_an_uncovered_year_monday_to_friday_with_a_warning()
    {
        Assert.True(Official.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(Official.IsWorkingDay(new DateOnly(2027, 1, 2)));
        Assert.Equal(["2027 年没有节假日数据，按周一至周五计算"], Official.MissingYearWarnings(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 20)));
        Assert.Empty(Official.MissingYearWarnings(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void With_adds_a_year_and_lets_a_later_entry_override_an_earlier_one()
    {
        const string RegionNotice = "某某自治区人民政府办公厅关于2024年某某节放假的通知";
        var calendar = Official.With(
        [
            new CalendarEntry(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", "国务院办公厅关于2027年部分节假日安排的通知（示例）"),
            new CalendarEntry(new DateOnly(2024, 4, 11), CalendarDayKind.Holiday, "某某节", RegionNotice),
            new CalendarEntry(new DateOnly(2024, 10, 7), CalendarDayKind.Workday, "调整上班", RegionNotice),
            new CalendarEntry(new DateOnly(2024, 4, 11), CalendarDayKind.Holiday, "某某节（更正）", RegionNotice),
        ]);

        Assert.Contains(2027, calendar.CoveredYears);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.Equal($"某某节（更正）（{RegionNotice}）", calendar.WhyNotWorking(new DateOnly(2024, 4, 11)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2024, 10, 7)));
        Assert.False(Official.IsWorkingDay(new DateOnly(2024, 10, 7))); // the official calendar is unchanged
    }

    [Fact]
    public void Reads_a_csv_with_quoted_fields_and_blank_lines()
    {
        const string Csv = "\uFEFFdate,kind,name,source\n2030-10-01,holiday,\"国庆节\",\"某某通知，2030年\"\n\n2030-10-12,workday,国庆节调休上班,某某通知（2030年）\n";

        var calendar = WorkingCalendar.FromCsv(new StringReader(Csv), "假期.csv");

        Assert.Equal([2030], calendar.CoveredYears);
        Assert.Equal("国庆节（某某通知，2030年）", calendar.WhyNotWorking(new DateOnly(2030, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 10, 12)));
    }

    [Theory]
    [InlineData("日期,类型,名称,依据\n", 1, "表头应为")]
    [InlineData("", 1, "文件为空")]
    [InlineData("date,kind,name,source\n2025-01-01,holiday,元旦,某通知\n2025-13-01,holiday,元旦,某通知\n", 3, "日期“2025-13-01”无效")]
    [InlineData("date,kind,name,source\n2025-01-01,rest,元旦,某通知\n", 2, "类型“rest”无效")]
    [InlineData("date,kind,name,source\n2025-01-01,holiday,元旦\n", 2, "应有 4 列")]
    [InlineData("date,kind,name,source\n2025-01-01,holiday,,某通知\n", 2, "名称为空")]
    [InlineData("date,kind,name,source\n2025-01-01,holiday,元旦,\n", 2, "依据（source）为空")]
    [InlineData("date,kind,name,source\n2025-01-01,holiday,元旦,\"某通知\n", 2, "引号未闭合")]
    [InlineData("date,kind,name,source\n2025-01-01,holiday,元旦,某通知\n2025-01-02,holiday,元旦,某通知\n2025-01-01,workday,元旦,某通知\n", 4, "日期“2025-01-01”与第 2 行重复")]
    public void Refuses_a_bad_csv_naming_the_file_and_the_line(string csv, int line, string problem)
    {
        var ex = Assert.Throws<CalendarFormatException>(() => WorkingCalendar.FromCsv(new StringReader(csv), "假期.csv"));

        Assert.StartsWith($"假期.csv 第 {line} 行：", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal("假期.csv", ex.FileName);
        Assert.Equal(line, ex.LineNumber);
    }

    [Fact]
    public void Names_the_line_of_an_invalid_date_as_the_brief_shows()
    {
        var csv = "date,kind,name,source\n" + string.Concat(Enumerable.Range(1, 5).Select(d => $"2025-05-0{d},holiday,劳动节,某通知\n")) + "2025-13-01,holiday,元旦,某通知\n";

        var ex = Assert.Throws<CalendarFormatException>(() => WorkingCalendar.FromCsv(new StringReader(csv), "假期.csv"));

        Assert.StartsWith("假期.csv 第 7 行：日期“2025-13-01”无效", ex.Message, StringComparison.Ordinal);
    }
}
