using System.Globalization;
using Gongkai.Application.Drafting;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Tables;

/// <summary>
/// Tables 三 and 四 of a unit's year from its cases in the store, without reading a case's body: table 三 from the
/// counts grouped in SQL (<see cref="Store.Cases.CaseRepository.Tallies"/>, mapped by <see cref="CaseTallyTable"/>),
/// table 四 from the year's appeals by <see cref="CaseTables.Build"/>'s own rules. Equal to <see cref="CaseTables.Build"/>
/// over the unit's cases, and so balanced by construction.
/// </summary>
public static class BuildCaseTables
{
    /// <summary>The tables as <paramref name="options"/> asks; failures are in the result, never thrown.</summary>
    public static CaseTablesView Run(ReportStore store, CaseTablesOptions options) => Build(store, options).View;

    /// <summary>The tables, and table 四's cases behind its cells (the comparison names them).</summary>
    internal static (CaseTablesView View, CaseTablesResult? Appeals) Build(ReportStore store, CaseTablesOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Year is < 2008 or > 2100)
        {
            return (Refused(FailureKind.BadUsage, $"年度 {options.Year.ToString(CultureInfo.InvariantCulture)} 不合理：《条例》自 2008 年施行，请给出四位年份。"), null);
        }

        var required = TemplateVersionExtensions.RequiredFor(options.Year);
        var edition = required;
        if (options.Edition is { } given && !TemplateVersionExtensions.TryParse(given.Trim(), out edition))
        {
            return (Refused(FailureKind.BadUsage, $"未知的表格格式“{given}”：应为 2019 或 2021。"), null);
        }

        var code = options.UnitCode.Trim();
        var unit = DraftReports.Unit(store, options.Scope, code);
        if (unit is null)
        {
            return (Refused(FailureKind.NotFound, $"没有找到单位“{code}”，或您无权查看它的办件。"), null);
        }

        var appeals = CaseTables.Build([], store.Cases.Appeals(unit.Code, options.Year, options.Scope), options.Year, edition);
        var view = new CaseTablesView
        {
            Unit = unit,
            Year = options.Year,
            Edition = edition,
            Requests = CaseTallyTable.Requests(store.Cases.Tallies(unit.Code, options.Year), edition),
            Appeals = appeals.Appeals,
            EditionNote = edition == required ? null
                : $"注意：{options.Year.ToString(CultureInfo.InvariantCulture)} 年度报告应使用 {required.ToDisplayName()}，这里按要求生成的是 {edition.ToDisplayName()}。",
        };
        return (view, appeals);
    }

    private static CaseTablesView Refused(FailureKind kind, string message) => new() { Failure = new(kind, message) };
}
