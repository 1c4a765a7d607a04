namespace Gongkai.Application.Cases;

/// <summary>Today's date where the agencies work (China Standard Time, UTC+8, no daylight saving).</summary>
public static class CaseToday
{
    /// <summary>Today in UTC+8.</summary>
    public static DateOnly Now() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
