using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>Open, due-soon and overdue counts per unit, for whom.</summary>
public sealed record CaseOverdueStatisticsOptions
{
    /// <summary>Who is asking: a 区域管理员 (its region) or a 系统管理员 (every unit).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public string User { get; init; } = "";

    /// <summary>How many working days ahead count as due soon (default 5).</summary>
    public int SoonWorkingDays { get; init; } = 5;

    /// <summary>Today; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
