namespace Gongkai.Core.Cases.Clock;

/// <summary>One row of the holiday calendar: a date the State Council (or a region) made a holiday or a working day.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Whether the date is a day off or a working day.</param>
/// <param name="Name">The holiday's Chinese name, e.g. <c>国庆节</c> or <c>国庆节调休上班</c>.</param>
/// <param name="Source">The notice that set it, e.g. <c>国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）</c>.</param>
public sealed record CalendarEntry(DateOnly Date, CalendarDayKind Kind, string Name, string Source);
