using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Cases;

/// <summary>
/// A case's answer deadline, by the same computation as <c>gongkai deadline</c>: the case's timeline
/// (<see cref="CaseTimeline"/>) given to <see cref="AnswerDeadline"/> under the agency's calendar and settings.
/// </summary>
public static class CaseClock
{
    /// <summary>
    /// The due date of <paramref name="c"/> as of <paramref name="asOf"/> and its explanation, with the case's own
    /// warnings (<see cref="CaseClockWarnings"/>: a late 补正 notice, a period of the applicant or a consulted party run out).
    /// </summary>
    public static DeadlineExplanation Deadline(RequestCase c, WorkingCalendar calendar, ClockSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var explanation = AnswerDeadline.Compute(CaseTimeline.Of(c, calendar, settings), calendar, settings);
        var warnings = CaseClockWarnings.Of(c, calendar, settings, asOf);
        return warnings.Count == 0 ? explanation : explanation with { Warnings = [.. explanation.Warnings, .. warnings] };
    }
}
