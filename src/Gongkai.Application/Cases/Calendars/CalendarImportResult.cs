namespace Gongkai.Application.Cases.Calendars;

/// <summary>The years <see cref="ImportCalendar"/> replaced, or why nothing was stored.</summary>
public sealed record CalendarImportResult
{
    /// <summary>The region stored for (empty: national).</summary>
    public string Region { get; init; } = "";

    /// <summary>Each year in the file with its number of entries; each replaced that year's stored entries.</summary>
    public IReadOnlyList<(int Year, int Entries)> Years { get; init; } = [];

    /// <summary>Why nothing was stored, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
