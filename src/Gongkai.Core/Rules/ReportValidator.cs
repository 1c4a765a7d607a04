using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Runs the catalogue of rules over a report. Immutable and thread-safe.</summary>
public sealed class ReportValidator
{
    /// <summary>The validator with every rule of the catalogue (tests/specs/rules.md).</summary>
    public static ReportValidator Default { get; } = new(
    [
        new SectionsPresentRule(),
        new TablesPresentRule(),
        new TemplateRowsRule(),
        new BlankCellsRule(),
        new UnreadableCellsRule(),
        new MetadataRule(),
        new TemplateYearRule(),
        new TemplateMixedRule(),
        new RequestsBalanceRule(),
        new RequestsOutcomeTotalRule(),
        new RequestsRowTotalRule(),
        new AppealsGroupTotalRule(),
        new NarrativeRequestsRule(),
        new NarrativeAppealsRule(),
        new PublicationDeadlineRule(),
        new CountPlausibilityRule(),
        new ProactivePlausibilityRule(),
    ]);

    /// <summary>Creates a validator running <paramref name="rules"/> in order.</summary>
    public ReportValidator(IReadOnlyList<IReportRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<IReportRule> Rules { get; }

    /// <summary>All findings on <paramref name="report"/>, most severe first, then in rule order.</summary>
    public IReadOnlyList<Diagnostic> Validate(AnnualReport report, CheckContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        context ??= CheckContext.None;
        var findings = new List<Diagnostic>();
        foreach (var rule in Rules)
        {
            findings.AddRange(rule.Check(report, context));
        }

        // Stable sort: severity descending, rule order kept within a severity.
        return findings.Select((d, i) => (d, i)).OrderByDescending(x => x.d.Severity).ThenBy(x => x.i).Select(x => x.d).ToList();
    }
}
