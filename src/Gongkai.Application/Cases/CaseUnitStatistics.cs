namespace Gongkai.Application.Cases;

/// <summary>A unit's open cases on a day.</summary>
/// <param name="UnitId">The unit's code.</param>
/// <param name="UnitName">Its name in the registry.</param>
/// <param name="Open">Cases received and not closed.</param>
/// <param name="DueSoon">Open cases due from today to today plus the working days asked for (not yet overdue).</param>
/// <param name="Overdue">Open cases past their deadline.</param>
public sealed record CaseUnitStatistics(string UnitId, string UnitName, int Open, int DueSoon, int Overdue);
