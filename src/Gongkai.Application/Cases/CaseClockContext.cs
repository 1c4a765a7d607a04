using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases;

/// <summary>What a unit's case deadlines are counted with: its working-day calendar and the clock's settings.</summary>
/// <param name="Calendar">The official calendar with the store's national entries and the unit's regions' entries added.</param>
/// <param name="Settings">The periods and assumptions (<see cref="ClockSettings.Default"/> unless the caller gives others).</param>
public sealed record CaseClockContext(WorkingCalendar Calendar, ClockSettings Settings);
