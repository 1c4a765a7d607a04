namespace Gongkai.Store.Cases;

/// <summary>A unit's open cases on a day, and how many of them are past their stored deadline.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Open">Cases received and not closed.</param>
/// <param name="Overdue">Open cases whose deadline is before the day.</param>
public sealed record CaseUnitLoad(string UnitId, int Open, int Overdue);
