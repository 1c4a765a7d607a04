using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Counts are whole, non-negative numbers.</summary>
/// <remarks>GK0701 negative count; GK0702 fractional count. Signed changes (本年增/减) and money are exempt.</remarks>
public sealed class CountPlausibilityRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.NegativeCount;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            foreach (var row in report.Table(kind)?.Rows ?? [])
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Kind != CellKind.Count || cell.Value is not { } value)
                    {
                        continue;
                    }

                    var where = new CellRef(kind, row.Key, cell.Column);
                    if (value < 0)
                    {
                        yield return Diagnostic.Create(DiagnosticCodes.NegativeCount, Severity.Error,
                            $"{where.Describe()}为负数（{cell.Raw}），件数不能为负。", cell.Source, where);
                    }

                    if (decimal.Truncate(value) != value)
                    {
                        yield return Diagnostic.Create(DiagnosticCodes.FractionalCount, Severity.Error,
                            $"{where.Describe()}为小数（{cell.Raw}），件数应为整数。", cell.Source, where);
                    }
                }
            }
        }
    }
}
