namespace Gongkai.Core.Cases.Clock;

/// <summary>What a calendar entry makes of its date (the <c>kind</c> column of the holiday calendar).</summary>
public enum CalendarDayKind
{
    /// <summary>A day off (<c>holiday</c>), even on a weekday.</summary>
    Holiday,

    /// <summary>A working day (<c>workday</c>, 调休上班), even on a Saturday or Sunday.</summary>
    Workday,
}
