using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Every row of the template is printed.</summary>
/// <remarks>GK0103. Table 三 is checked against its own （六） layout, so a 2019-style （六） row is reported by GK0202, not here.</remarks>
public sealed class TemplateRowsRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.RowsMissing;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        // The 2019/2021 formats' six sections and three tables: a report in a format before 2019 has neither (GK1014 says so).
        if (report.Pre2019Format)
        {
            yield break;
        }

        var template = RuleSupport.EffectiveTemplate(report);
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            if (report.Table(kind) is not { } table)
            {
                continue;
            }

            var missing = TemplateCompleteness.MissingRows(table, template);
            if (missing.Count == 0)
            {
                continue;
            }

            var labels = string.Join("；", missing.Take(5).Select(r => $"「{r.Label}」"));
            var more = missing.Count > 5 ? $"等 {missing.Count} 行" : "";
            yield return Diagnostic.Create(Code, Severity.Error,
                $"{kind.ToDisplayName()}缺少 {missing.Count} 行：{labels}{more}。",
                table.Source, missing.Select(r => new CellRef(kind, r.Key)).ToList());
        }
    }
}
