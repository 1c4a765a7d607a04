using Gongkai.Application.Stores;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Tables;

/// <summary>
/// Tables 三 and 四 of a report being written (<c>gongkai new</c>, <c>gongkai render</c>) taken from a unit's cases in the
/// store, by <see cref="BuildCaseTables"/> in the report's own format; the rest of the report is kept.
/// </summary>
public static class ReportTablesFromCases
{
    /// <summary>
    /// <paramref name="report"/> with tables 三 and 四 counted from the cases of <paramref name="unitCode"/> in the store
    /// <paramref name="database"/> (the environment's or the default when <see langword="null"/>), or why not.
    /// </summary>
    public static (AnnualReport Report, UseCaseFailure? Failure, string? Note) Apply(AnnualReport report, string unitCode, string? database)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(unitCode);
        if (report.Year is not { } year)
        {
            return (report, new(FailureKind.UnusableInput, "报告没有年度，无法按办理台账统计表三、表四。"), null);
        }

        if (StoreOpening.TryOpen(database, out var opened) is { } failure)
        {
            return (report, failure, null);
        }

        using var store = opened!;
        var tables = BuildCaseTables.Run(store, new CaseTablesOptions
        {
            Scope = AccessScope.All,
            UnitCode = unitCode,
            Year = year,
            Edition = (report.Template ?? TemplateVersionExtensions.RequiredFor(year)).ToJsonValue(),
        });
        if (tables.Failure is { } refused)
        {
            return (report, refused, null);
        }

        var filled = report with { Requests = tables.Requests, Appeals = tables.Appeals };
        return (filled, null, $"表三、表四：按数据库 {store.Location.Display} 中 {tables.Unit!.Name}（{tables.Unit.Code}）{year} 年度的办件统计。");
    }
}
