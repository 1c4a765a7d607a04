using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases.Deadlines;

/// <summary>What to compute the answer deadline from (the options of <c>gongkai deadline</c>).</summary>
public sealed record DeadlineOptions
{
    /// <summary>The receipt date (收到申请之日, 条例 art. 31).</summary>
    public required DateOnly Received { get; init; }

    /// <summary>The approved extension in working days (条例 art. 33), 0 for none.</summary>
    public int ExtensionWorkingDays { get; init; }

    /// <summary>The spans not counted (consultations, art. 32/34; fee waits).</summary>
    public IReadOnlyList<DateSpan> Pauses { get; init; } = [];

    /// <summary>A CSV (<c>date,kind,name,source</c>) whose entries are added to the official calendar and win over it; <see langword="null"/> for none.</summary>
    public string? CalendarFile { get; init; }

    /// <summary>The periods and assumptions to count with.</summary>
    public ClockSettings Settings { get; init; } = ClockSettings.Default;
}
