namespace Gongkai.Application.Cases.Calendars;

/// <summary>Which calendar <see cref="ListCalendar"/> shows.</summary>
public sealed record CalendarListOptions
{
    /// <summary>The region (empty: national).</summary>
    public string Region { get; init; } = "";

    /// <summary>Only this year, or every year when <see langword="null"/>.</summary>
    public int? Year { get; init; }
}
