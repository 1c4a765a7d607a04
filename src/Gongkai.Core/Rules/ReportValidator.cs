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

        return MostSevereFirst(findings);
    }

    /// <summary>
    /// A stable sort by severity, descending: one pass per severity, rule order kept within it. Loops rather than an
    /// ordered query, whose value-tuple instantiations were compiled at run time in every process (issue #16).
    /// </summary>
    internal static List<Diagnostic> MostSevereFirst(IReadOnlyList<Diagnostic> findings)
    {
        var sorted = new List<Diagnostic>(findings.Count);
        foreach (var severity in (ReadOnlySpan<Severity>)[Severity.Error, Severity.Warning, Severity.Info])
        {
            foreach (var finding in findings)
            {
                if (finding.Severity == severity)
                {
                    sorted.Add(finding);
                }
            }
        }

        System.Diagnostics.Debug.Assert(sorted.Count == findings.Count, "a finding of a severity outside the three");
        return sorted;
    }
}
