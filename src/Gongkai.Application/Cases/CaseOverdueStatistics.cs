using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>
/// For the supervising office: per unit of its region (a 系统管理员: every unit) the open cases, those due within a few
/// working days and those overdue, from the stored deadlines (no body read), with totals.
/// </summary>
public static class CaseOverdueStatistics
{
    /// <summary>The label of the totals row.</summary>
    public const string TotalLabel = "合计";

    /// <summary>Counts as <paramref name="options"/> says; failures are in the result.</summary>
    public static CaseOverdueStatisticsResult Run(ReportStore store, CaseOverdueStatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Scope.Kind is not (AccessKind.All or AccessKind.Region))
        {
            return new CaseOverdueStatisticsResult { Failure = new(FailureKind.Forbidden, "只有区域管理员和系统管理员可以查看各单位的逾期统计。") };
        }

        if (options.SoonWorkingDays < 0)
        {
            return new CaseOverdueStatisticsResult { Failure = new(FailureKind.BadUsage, "临近期限的工作日数不能为负数。") };
        }

        return CaseStoreErrors.Guard(store, () =>
        {
            var today = options.Today ?? CaseToday.Now();
            // The span's end by the national calendar, as ListCases counts it.
            var last = CaseClockSource.DueWindowEnd(store, today, options.SoonWorkingDays);
            var soon = store.Cases.OpenDueBetweenByUnit(today, last, options.Scope);
            var names = store.Units().ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
            var units = store.Cases.OverdueByUnit(today, options.Scope)
                .Select(l => new CaseUnitStatistics(l.UnitId, names.GetValueOrDefault(l.UnitId, l.UnitId), l.Open, soon.GetValueOrDefault(l.UnitId), l.Overdue))
                .ToList();
            var total = new CaseUnitStatistics("", TotalLabel, units.Sum(u => u.Open), units.Sum(u => u.DueSoon), units.Sum(u => u.Overdue));
            return new CaseOverdueStatisticsResult { Units = units, Total = total };
        }, failure => new CaseOverdueStatisticsResult { Failure = failure });
    }
}
