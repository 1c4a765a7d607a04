namespace Gongkai.Core.Cases.Clock;

/// <summary>The Chinese words of the clock's explanations, each in one place.</summary>
internal static class ClockLabels
{
    public const string Saturday = "星期六";
    public const string Sunday = "星期日";
    public const string Weekend = "周末";

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

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Paused(string reason) => $"暂停计算：{reason}";

    public static string NoHolidayData(int year) => $"{year} 年没有节假日数据，按周一至周五计算";
}
