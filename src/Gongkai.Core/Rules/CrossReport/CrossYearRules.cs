using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules.CrossReport;

/// <summary>The rules that tie one body's report to its report on the year before (docs/domain.md §3).</summary>
/// <remarks>
/// Checked only where both reports print the cells concerned: a blank or missing cell is the single-report rules'
/// business (GK0104), not a break in the chain.
/// </remarks>
public static class CrossYearRules
{
    /// <summary>This year's 二、上年结转 in <paramref name="column"/>, by last year's 四、结转下年度继续办理.</summary>
    public static decimal? ExpectedCarriedOver(AnnualReport previous, string column) =>
        (previous ?? throw new ArgumentNullException(nameof(previous))).Requests?.ValueAt(RequestsTemplate.CarriedForward, column);

    /// <summary>2021 format: 现行有效件数 of <paramref name="row"/> = last year's + 本年制发件数 − 本年废止件数; <see langword="null"/> when not both 2021 or a figure is missing.</summary>
    public static decimal? ExpectedInForce(AnnualReport previous, AnnualReport current, string row)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return previous.Template == TemplateVersion.V2021 && current.Template == TemplateVersion.V2021
            && previous.Proactive?.ValueAt(row, ProactiveTemplate.InForce) is { } before
            && current.Proactive?.ValueAt(row, ProactiveTemplate.Issued) is { } issued
            && current.Proactive?.ValueAt(row, ProactiveTemplate.Repealed) is { } repealed
            ? before + issued - repealed
            : null;
    }

    /// <summary>2019 format: this year's 上一年项目数量 of <paramref name="row"/> = last year's 上一年项目数量 + 本年增/减.</summary>
    public static decimal? ExpectedPreviousItems(AnnualReport previous, AnnualReport current, string row)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return previous.Template == TemplateVersion.V2019 && current.Template == TemplateVersion.V2019
            && previous.Proactive?.ValueAt(row, ProactiveTemplate.PreviousItems) is { } before
            && previous.Proactive?.ValueAt(row, ProactiveTemplate.Change) is { } change
            ? before + change
            : null;
    }

    /// <summary>Checks <paramref name="current"/> against <paramref name="previous"/>, the same body's report on the year before.</summary>
    public static IEnumerable<Diagnostic> Check(AnnualReport previous, AnnualReport current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return CarriedOver(previous, current).Concat(InForce(previous, current)).Concat(PreviousItems(previous, current));
    }

    // 二、上年结转 (this year, per column) = 四、结转下年度继续办理 (last year).
    private static IEnumerable<Diagnostic> CarriedOver(AnnualReport previous, AnnualReport current)
    {
        foreach (var column in RequestsTemplate.Columns)
        {
            var forward = ExpectedCarriedOver(previous, column.Key);
            var over = current.Requests?.ValueAt(RequestsTemplate.CarriedOver, column.Key);
            if (forward is { } f && over is { } o && f != o)
            {
                yield return Diagnostic.Create(DiagnosticCodes.CarriedOverMismatch, Severity.Error,
                    $"表三「{column.Label}」列：本年“二、上年结转”为 {RuleSupport.Format(o)}，上年报告“四、结转下年度继续办理”为 {RuleSupport.Format(f)}，两者应相等。",
                    current.Requests?.CellAt(RequestsTemplate.CarriedOver, column.Key)?.Source ?? default,
                    new CellRef(TableKind.Requests, RequestsTemplate.CarriedOver, column.Key));
            }
        }
    }

    // 2021 format, both years: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.
    private static IEnumerable<Diagnostic> InForce(AnnualReport previous, AnnualReport current)
    {
        foreach (var row in ProactiveTemplate.DocumentRows)
        {
            if (ExpectedInForce(previous, current, row) is { } expected && current.Proactive?.ValueAt(row, ProactiveTemplate.InForce) is { } n && n != expected)
            {
                var label = ProactiveTemplate.V2021.Row(row)!.Label;
                var before = previous.Proactive!.ValueAt(row, ProactiveTemplate.InForce)!.Value;
                var issued = current.Proactive.ValueAt(row, ProactiveTemplate.Issued)!.Value;
                var repealed = current.Proactive.ValueAt(row, ProactiveTemplate.Repealed)!.Value;
                yield return Diagnostic.Create(DiagnosticCodes.InForceChain, Severity.Warning,
                    $"表二「{label}」：现行有效件数为 {RuleSupport.Format(n)}，但上年现行有效 {RuleSupport.Format(before)} + 本年制发 {RuleSupport.Format(issued)} − 本年废止 {RuleSupport.Format(repealed)} = {RuleSupport.Format(expected)}。",
                    current.Proactive.CellAt(row, ProactiveTemplate.InForce)?.Source ?? default,
                    new CellRef(TableKind.Proactive, row, ProactiveTemplate.InForce));
            }
        }
    }

    // 2019 format, both years: last year's 上一年项目数量 + 本年增/减 = this year's 上一年项目数量.
    private static IEnumerable<Diagnostic> PreviousItems(AnnualReport previous, AnnualReport current)
    {
        foreach (var row in ProactiveTemplate.ItemRows2019)
        {
            if (ExpectedPreviousItems(previous, current, row) is { } expected && current.Proactive?.ValueAt(row, ProactiveTemplate.PreviousItems) is { } n && n != expected)
            {
                var label = ProactiveTemplate.V2019.Row(row)!.Label;
                var before = previous.Proactive!.ValueAt(row, ProactiveTemplate.PreviousItems)!.Value;
                var change = previous.Proactive.ValueAt(row, ProactiveTemplate.Change)!.Value;
                yield return Diagnostic.Create(DiagnosticCodes.PreviousItemsChain, Severity.Warning,
                    $"表二「{label}」：本年“上一年项目数量”为 {RuleSupport.Format(n)}，但上年报告的上一年项目数量 {RuleSupport.Format(before)} 加本年增/减 {RuleSupport.Format(change)} 为 {RuleSupport.Format(expected)}。",
                    current.Proactive.CellAt(row, ProactiveTemplate.PreviousItems)?.Source ?? default,
                    new CellRef(TableKind.Proactive, row, ProactiveTemplate.PreviousItems));
            }
        }
    }
}
