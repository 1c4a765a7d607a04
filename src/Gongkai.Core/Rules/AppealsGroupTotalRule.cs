using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Table 四, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
/// <remarks>GK0401, for 行政复议, 行政诉讼·未经复议直接起诉 and 行政诉讼·复议后起诉.</remarks>
public sealed class AppealsGroupTotalRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.AppealsGroupTotal;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        foreach (var group in report.Appeals?.Rows ?? [])
        {
            var total = group[AppealsTemplate.Total];
            var sum = RuleSupport.SumOrNull(AppealsTemplate.Parts.Select(c => group[c]));
            if (total?.Value is { } printed && sum is { } computed && printed != computed)
            {
                yield return Diagnostic.Create(Code, Severity.Error,
                    $"表四「{TemplateLabels.RowLabel(TableKind.Appeals, group.Key)}」：总计为 {RuleSupport.Format(printed)}，但结果维持、结果纠正、其他结果、尚未审结之和为 {RuleSupport.Format(computed)}。",
                    total.Source, new CellRef(TableKind.Appeals, group.Key, AppealsTemplate.Total));
            }
        }
    }
}
