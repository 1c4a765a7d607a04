using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Table 二's figures are consistent with each other.</summary>
/// <remarks>
/// GK0703 (2021): 现行有效件数 below 本年制发件数 — this year's documents are in force unless repealed the same year,
/// which is rare; GK0704 (2019): 对外公开总数量 below 本年新公开数量; GK0705 (2019): 上一年项目数量 + 本年增/减 below zero.
/// </remarks>
public sealed class ProactivePlausibilityRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.InForceBelowIssued;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.Proactive is not { } table)
        {
            yield break;
        }

        foreach (var row in table.Rows)
        {
            if (Below(row, ProactiveTemplate.InForce, ProactiveTemplate.Issued) is { } inForce)
            {
                yield return Diagnostic.Create(DiagnosticCodes.InForceBelowIssued, Severity.Warning,
                    $"表二「{Label(row)}」：现行有效件数（{inForce.Low}）小于本年制发件数（{inForce.High}）。",
                    row[ProactiveTemplate.InForce]!.Source, new CellRef(TableKind.Proactive, row.Key, ProactiveTemplate.InForce));
            }

            if (Below(row, ProactiveTemplate.TotalPublished, ProactiveTemplate.NewlyPublished) is { } published)
            {
                yield return Diagnostic.Create(DiagnosticCodes.TotalBelowNewlyPublished, Severity.Warning,
                    $"表二「{Label(row)}」：对外公开总数量（{published.Low}）小于本年新公开数量（{published.High}）。",
                    row[ProactiveTemplate.TotalPublished]!.Source, new CellRef(TableKind.Proactive, row.Key, ProactiveTemplate.TotalPublished));
            }

            if (row[ProactiveTemplate.PreviousItems]?.Value is { } previous && row[ProactiveTemplate.Change]?.Value is { } change && previous + change < 0)
            {
                yield return Diagnostic.Create(DiagnosticCodes.NegativeItemCount, Severity.Warning,
                    $"表二「{Label(row)}」：上一年项目数量 {RuleSupport.Format(previous)} 加本年增/减 {RuleSupport.Format(change)} 小于零。",
                    row[ProactiveTemplate.Change]!.Source, new CellRef(TableKind.Proactive, row.Key, ProactiveTemplate.Change));
            }
        }
    }

    private static (string Low, string High)? Below(TableRow row, string low, string high) =>
        row[low]?.Value is { } a && row[high]?.Value is { } b && a < b ? (RuleSupport.Format(a), RuleSupport.Format(b)) : null;

    private static string Label(TableRow row) => Templates.TemplateLabels.RowLabel(TableKind.Proactive, row.Key);
}
