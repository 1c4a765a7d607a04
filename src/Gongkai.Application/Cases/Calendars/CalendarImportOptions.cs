using Gongkai.Store;

namespace Gongkai.Application.Cases.Calendars;

/// <summary>What <see cref="ImportCalendar"/> stores.</summary>
public sealed record CalendarImportOptions
{
    /// <summary>The calendar CSV (<c>date,kind,name,source</c>, docs/cases.md), as received.</summary>
    public required byte[] Content { get; init; }

    /// <summary>The file's name, for messages.</summary>
    public required string FileName { get; init; }

    /// <summary>
    /// The region path whose extra holidays these are (units in it and below count by them), or empty for the
    /// national calendar — a year the embedded official notices do not cover yet, or a correction to them.
    /// </summary>
    public string Region { get; init; } = "";

    /// <summary>Who imports: 系统管理员 (<see cref="AccessScope.All"/>) any calendar, 区域管理员 its region's and below.</summary>
    public required AccessScope Scope { get; init; }
}
