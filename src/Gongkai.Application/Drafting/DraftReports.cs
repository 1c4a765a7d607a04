using System.Globalization;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Core.Serialization;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Store.Drafts;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Drafting;

/// <summary>
/// The draft's report: read from its stored body, the user's input applied, totals computed, checked by the one
/// <see cref="ReportChecker"/> with what the store knows (the unit's level, last year's report).
/// </summary>
internal static class DraftReports
{
    /// <summary>The body as stored: canonical JSON with the sections, no details.</summary>
    public static string Body(AnnualReport report) => ReportJsonWriter.Write(report, null, ReportJsonOptions.Authoring);

    public static AnnualReport Read(StoredDraft draft) => ReportJsonReader.Read(draft.Body);

    /// <summary>The totals the report's edition defines (table 三's layout as its rows are).</summary>
    public static IReadOnlyList<TotalDefinition> Totals(AnnualReport report)
    {
        var template = report.Template ?? TemplateVersionExtensions.RequiredFor(report.Year ?? DateTime.Today.Year);
        return TemplateTotals.For(report.Requests is null ? template : TemplateCompleteness.RequestsLayout(report.Requests, template));
    }

    /// <summary>
    /// <paramref name="report"/> with <paramref name="input"/> applied and every total recomputed from its parts (a
    /// total is never typed: it is blank until all its parts are numbers, as <see cref="ReportCompleter"/> fills it).
    /// </summary>
    public static (AnnualReport Report, IReadOnlyList<string> Problems) Apply(AnnualReport report, DraftInput input)
    {
        var problems = new List<string>();
        var totals = Totals(report).Select(t => t.Total).ToHashSet();
        report = report with
        {
            Proactive = Apply(report.Proactive, input, totals, problems),
            Requests = Apply(report.Requests, input, totals, problems),
            Appeals = Apply(report.Appeals, input, totals, problems),
            Sections = [.. SectionKindExtensions.All.Select(kind => new ReportSection
            {
                Kind = kind,
                Heading = kind.ToHeading(),
                Text = Normalise(input.Sections.TryGetValue(kind.ToJsonKey(), out var text) ? text : report.Section(kind)?.Text),
            })],
        };
        if (input.PublishedOn is { } date)
        {
            if (date.Trim().Length == 0)
            {
                report = report with { PublishedOn = null };
            }
            else if (DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                report = report with { PublishedOn = parsed };
            }
            else
            {
                problems.Add($"落款日期“{date.Trim()}”格式不对，应为 yyyy-MM-dd，未保存该日期。");
            }
        }

        return (ReportCompleter.Complete(report).Report, problems);
    }

    /// <summary>The findings on <paramref name="report"/> with the unit's level and last year's report.</summary>
    public static IReadOnlyList<Diagnostic> Check(AnnualReport report, RegisteredUnit unit, AnnualReport? previousYear) =>
        ReportChecker.Default.Check(report, new CheckContext { AgencyLevel = UnitLevel.ToAgencyLevel(unit.Level, unit.Name), PreviousYear = previousYear });

    /// <summary>The unit's current report of <paramref name="year"/> − 1 within <paramref name="scope"/> (its own, not a summary, when it has both).</summary>
    public static AnnualReport? PreviousYear(ReportStore store, AccessScope scope, string unitCode, int year)
    {
        var stored = store.Reports(new ReportFilter { Agency = unitCode, FromYear = year - 1, ToYear = year - 1, Scope = scope })
            .Where(r => r.UnitCode == unitCode)
            .OrderBy(r => r.IsSummary)
            .FirstOrDefault();
        return stored is null ? null : store.LoadCurrent(stored.ReportId);
    }

    /// <summary>The registered unit <paramref name="code"/> if <paramref name="scope"/> covers it.</summary>
    public static RegisteredUnit? Unit(ReportStore store, AccessScope scope, string code) =>
        scope.Kind == AccessKind.Public ? null : store.Units().FirstOrDefault(u => u.Code == code && scope.Covers(u));

    /// <summary>The view of <paramref name="draft"/> with <paramref name="report"/> checked.</summary>
    public static DraftView View(ReportStore store, AccessScope scope, StoredDraft draft, AnnualReport report, IReadOnlyList<string>? problems = null)
    {
        var previous = PreviousYear(store, scope, draft.UnitCode, draft.Year);
        var unit = store.Units().First(u => u.Code == draft.UnitCode);
        return new DraftView
        {
            Stored = draft,
            Report = report,
            PreviousYear = previous,
            Findings = Check(report, unit, previous),
            Totals = Totals(report),
            InputProblems = problems ?? [],
        };
    }

    private static ReportTable? Apply(ReportTable? table, DraftInput input, HashSet<CellRef> totals, List<string> problems) => table is null ? null : table with
    {
        Rows = [.. table.Rows.Select(row => row with
        {
            Cells = [.. row.Cells.Select(cell =>
            {
                var at = new CellRef(table.Kind, row.Key, cell.Column);
                if (totals.Contains(at))
                {
                    return Cell.Blank(cell.Column, cell.Kind);
                }

                return input.Cells.TryGetValue(at.Path, out var text) ? Parse(at, cell.Kind, text, problems) : cell;
            })],
        })],
    };

    // A number as people type it: full-width digits and thousands separators allowed; anything else is reported and
    // left blank (the canonical JSON holds numbers only).
    private static Cell Parse(CellRef at, CellKind kind, string? text, List<string> problems)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return Cell.Blank(at.Column!, kind);
        }

        var ascii = new string([.. trimmed.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c is '．' ? '.' : c is '－' ? '-' : c is '＋' ? '+' : c)]).Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (decimal.TryParse(ascii, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Cell.Number(at.Column!, kind, value);
        }

        problems.Add($"{at.Describe()}填写的“{trimmed}”不是数字，未保存该格。");
        return Cell.Blank(at.Column!, kind);
    }

    // Line ends as the writers expect them.
    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
