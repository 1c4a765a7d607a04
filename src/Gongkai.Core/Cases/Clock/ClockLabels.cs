namespace Gongkai.Core.Cases.Clock;

/// <summary>The Chinese words of the clock's explanations, each in one place.</summary>
public static class ClockLabels
{
    /// <summary>Saturday.</summary>
    public const string Saturday = "星期六";
    /// <summary>Sunday.</summary>
    public const string Sunday = "星期日";
    /// <summary>The weekend, as a reason a day is not counted.</summary>
    public const string Weekend = "周末";

    /// <summary>The day of the week of <paramref name="date"/> (星期一 … 星期日).</summary>
    public static string DayOfWeek(DateOnly date) => date.DayOfWeek switch
    {
        System.DayOfWeek.Monday => "星期一",
        System.DayOfWeek.Tuesday => "星期二",
        System.DayOfWeek.Wednesday => "星期三",
        System.DayOfWeek.Thursday => "星期四",
        System.DayOfWeek.Friday => "星期五",
        System.DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };

    /// <summary><paramref name="date"/> as <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why a paused day is not counted.</summary>
    public static string Paused(string reason) => $"暂停计算：{reason}";

    /// <summary>The warning for a year without holiday data.</summary>
    public static string NoHolidayData(int year) => $"{year} 年没有节假日数据，按周一至周五计算";
}
