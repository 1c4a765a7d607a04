using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules.CrossReport;

/// <summary>A summary report (汇总) against the sum of its units' reports (docs/domain.md §3).</summary>
/// <remarks>
/// Compared: every cell of tables 三 and 四, and the count cells of table 二 (money and 2019's signed 增/减 are
/// compared too: they add up across units). A cell is compared only when the summary prints it and every unit
/// prints it; the finding names the units so the office knows whom to ask.
/// </remarks>
public static class SummaryRule
{
    /// <summary>Checks <paramref name="summary"/> against <paramref name="units"/>' reports of the same year.</summary>
    public static IEnumerable<Diagnostic> Check(AnnualReport summary, IReadOnlyList<AnnualReport> units)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            yield break;
        }

        foreach (var table in new[] { summary.Proactive, summary.Requests, summary.Appeals })
        {
            if (table is null)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Value is not { } printed)
                    {
                        continue;
                    }

                    var parts = units.Select(u => u.Table(table.Kind)?.ValueAt(row.Key, cell.Column)).ToList();
                    if (parts.Any(p => p is null))
                    {
                        continue;
                    }

                    var sum = parts.Sum(p => p!.Value);
                    if (sum != printed)
                    {
                        yield return Diagnostic.Create(DiagnosticCodes.SummaryMismatch, Severity.Warning,
                            $"{new CellRef(table.Kind, row.Key, cell.Column).Describe()}：汇总报告为 {RuleSupport.Format(printed)}，所属 {units.Count} 个单位报告之和为 {RuleSupport.Format(sum)}。",
                            cell.Source,
                            new CellRef(table.Kind, row.Key, cell.Column));
                    }
                }
            }
        }
    }
}
