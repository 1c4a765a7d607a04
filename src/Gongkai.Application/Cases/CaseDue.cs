using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases;

/// <summary>
/// The one computation of a case's stored deadline: every save (registering, a step, an import) stores what this
/// returns, so lists and reminders read the same date the case page explains.
/// </summary>
public static class CaseDue
{
    /// <summary>
    /// The deadline of <paramref name="c"/> as of <paramref name="asOf"/> with its explanation (<see cref="CaseClock.Deadline"/>);
    /// a closed case's is taken as of its closing day, so that it does not move afterwards.
    /// </summary>
    public static DeadlineExplanation Explain(RequestCase c, CaseClockContext clock, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(clock);
        var day = c.ClosedOn is { } closed ? closed : asOf;
        return CaseClock.Deadline(c, clock.Calendar, clock.Settings, day);
    }

    /// <summary>The date to store as the deadline of <paramref name="c"/> (<see cref="Explain"/>'s due date).</summary>
    public static DateOnly Of(RequestCase c, CaseClockContext clock, DateOnly asOf) => Explain(c, clock, asOf).Due;
}
