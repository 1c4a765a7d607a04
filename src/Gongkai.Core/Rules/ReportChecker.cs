using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules.CrossReport;

namespace Gongkai.Core.Rules;

/// <summary>
/// The one check of a report: the single-report rules with the level known, then the cross-year rules when last year's
/// report is known. Check, import, render and audit all call it. Immutable and thread-safe.
/// </summary>
public sealed class ReportChecker
{
    private readonly ReportValidator _validator;

    /// <summary>Creates a checker running <paramref name="validator"/>'s rules.</summary>
    public ReportChecker(ReportValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        _validator = validator;
    }

    /// <summary>The checker with every rule of the catalogue (tests/specs/rules.md).</summary>
    public static ReportChecker Default { get; } = new(ReportValidator.Default);

    /// <summary>All findings on <paramref name="report"/>: the single-report ones most severe first, then the cross-year ones.</summary>
    public IReadOnlyList<Diagnostic> Check(AnnualReport report, CheckContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        context ??= CheckContext.None;
        var findings = _validator.Validate(report, context).ToList();
        if (context.PreviousYear is { } previous)
        {
            findings.AddRange(CrossYearRules.Check(previous, report));
        }

        return findings;
    }

    /// <summary>
    /// Only the cross-year rules: <paramref name="current"/> against <paramref name="previous"/>, the same body's report
    /// on the year before, for a caller whose single-report findings are already known (an audit of stored reports,
    /// checked at import).
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckCrossYear(AnnualReport previous, AnnualReport current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return [.. CrossYearRules.Check(previous, current)];
    }

    /// <summary>A summary report (汇总) against the reports of its units for the same year (docs/domain.md §3).</summary>
    public IReadOnlyList<Diagnostic> CheckSummary(AnnualReport summary, IReadOnlyList<AnnualReport> units)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(units);
        return [.. SummaryRule.Check(summary, units)];
    }
}
