using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Table 三, every column: 三(七)总计 = the sum of the outcome rows (一)–(六) with all their sub-rows.</summary>
/// <remarks>GK0302. Checked only when every outcome row of the table's own layout is printed and filled.</remarks>
public sealed class RequestsOutcomeTotalRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.RequestsOutcomeTotal;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.Requests is not { } table)
        {
            yield break;
        }

        var layout = TemplateCompleteness.RequestsLayout(table, RuleSupport.EffectiveTemplate(report));
        // Each outcome row looked up once, not once per column (the table's rows are a list).
        var outcomes = RequestsTemplate.OutcomeRows(layout).Select(r => table[r.Key]).ToList();
        var totalRow = table[RequestsTemplate.Total];
        foreach (var column in RequestsTemplate.Columns)
        {
            var total = totalRow?[column.Key];
            var sum = RuleSupport.SumOrNull(outcomes.Select(row => row?[column.Key]));
            if (total?.Value is { } printed && sum is { } computed && printed != computed)
            {
                yield return Diagnostic.Create(Code, Severity.Error,
                    $"表三「{column.Label}」列：（七）总计为 {RuleSupport.Format(printed)}，但（一）至（六）各项之和为 {RuleSupport.Format(computed)}。",
                    total.Source, new CellRef(TableKind.Requests, RequestsTemplate.Total, column.Key));
            }
        }
    }
}
