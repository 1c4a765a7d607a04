using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Table 三, every row: 总计 = 自然人 + the five 法人或其他组织 columns.</summary>
/// <remarks>GK0303.</remarks>
public sealed class RequestsRowTotalRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.RequestsRowTotal;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        foreach (var row in report.Requests?.Rows ?? [])
        {
            var total = row[RequestsTemplate.TotalColumn];
            var sum = RuleSupport.SumOrNull(RequestsTemplate.ApplicantColumns.Select(c => row[c]));
            if (total?.Value is { } printed && sum is { } computed && printed != computed)
            {
                var where = new CellRef(TableKind.Requests, row.Key, RequestsTemplate.TotalColumn);
                yield return Diagnostic.Create(Code, Severity.Error,
                    $"表三「{TemplateLabels.RowLabel(TableKind.Requests, row.Key)}」行：总计为 {RuleSupport.Format(printed)}，但六类申请人之和为 {RuleSupport.Format(computed)}。",
                    total.Source, where);
            }
        }
    }
}
