using System.Globalization;
using Gongkai.Core.Authoring;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>
/// Starts a unit's report for a year in the browser, or resumes the draft it already has (one per unit and year). A
/// new draft is the year's edition (the catalogue's <see cref="TemplateVersionExtensions.RequiredFor"/>) pre-filled
/// from the unit's report of the year before in the store: 上年结转 from its 结转下年度继续办理, 现行有效件数 chained
/// (and the 2019 edition's 上一年项目数量) — the cross-year rules' own formulas (<see cref="ReportCompleter"/>) — and each
/// section's text from last year's, or empty under the template's heading when there is none.
/// </summary>
public static class StartDraft
{
    /// <summary>The draft of <see cref="StartDraftOptions.UnitCode"/> for <see cref="StartDraftOptions.Year"/>, created when there is none.</summary>
    public static DraftResult Run(ReportStore store, StartDraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Year is < 2008 or > 2100)
        {
            return new DraftResult { Failure = new(FailureKind.BadUsage, $"年度 {options.Year.ToString(CultureInfo.InvariantCulture)} 不合理：《条例》自 2008 年施行，请给出四位年份。") };
        }

        var unit = DraftReports.Unit(store, options.Scope, options.UnitCode.Trim());
        if (unit is null)
        {
            return new DraftResult { Failure = new(FailureKind.NotFound, $"没有找到单位“{options.UnitCode}”，或您无权为它填报。") };
        }

        if (store.Drafts.Find(unit.Code, options.Year, options.Scope) is { } existing)
        {
            return new DraftResult { Draft = DraftReports.View(store, options.Scope, existing, DraftReports.Read(existing)) };
        }

        var previous = DraftReports.PreviousYear(store, options.Scope, unit.Code, options.Year);
        var report = ReportSkeleton.Create(unit.Name, options.Year, TemplateVersionExtensions.RequiredFor(options.Year));
        if (previous is not null)
        {
            report = report with
            {
                Sections = [.. report.Sections.Select(s => s with { Text = previous.Section(s.Kind)?.Text ?? "" })],
            };
        }

        // Only the carried figures: nothing else is filled yet, so no total has all its parts.
        report = ReportCompleter.Complete(report, previous).Report;
        var created = store.Drafts.Create(unit.Code, options.Year, DraftReports.Body(report), options.User, options.Scope);
        // Another tab may have started it in between: then that draft is resumed.
        var stored = store.Drafts.Find(unit.Code, options.Year, options.Scope)!;
        return new DraftResult { Draft = DraftReports.View(store, options.Scope, stored, DraftReports.Read(stored)), Created = created is not null };
    }
}
