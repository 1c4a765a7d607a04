using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Cases;

/// <summary>
/// A case's answer deadline, by the same computation as <c>gongkai deadline</c>: the case's timeline
/// (<see cref="CaseTimeline"/>) given to <see cref="AnswerDeadline"/> under the agency's calendar and settings.
/// </summary>
public static class CaseClock
{
    /// <summary>The due date of <paramref name="c"/> as of <paramref name="asOf"/> and its explanation.</summary>
    public static DeadlineExplanation Deadline(RequestCase c, WorkingCalendar calendar, ClockSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AnswerDeadline.Compute(CaseTimeline.Of(c, settings.FeeWaitPausesClock, asOf), calendar, settings);
    }
}
