using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases.Calendars;

/// <summary>A region's calendar: what was imported for it, and the days off and 调休 working days its units count by.</summary>
/// <param name="Region">The region (empty: national).</param>
/// <param name="Imported">The entries stored for the region itself.</param>
/// <param name="Effective">Every holiday and working weekend in force for units of the region (official, national, enclosing regions, its own).</param>
public sealed record CalendarListResult(string Region, IReadOnlyList<CalendarEntry> Imported, IReadOnlyList<CalendarEntry> Effective);
