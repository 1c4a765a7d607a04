using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>The numbers of reconsiderations and lawsuits stated in the text agree with table 四.</summary>
/// <remarks>
/// GK0502. 行政复议 is compared with the 行政复议 总计; 行政诉讼 with the sum of both litigation groups' 总计 (or either
/// group alone). Reported once per kind, when no stated figure of that kind agrees.
/// </remarks>
public sealed class NarrativeAppealsRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.NarrativeAppeals;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.Appeals is not { } table)
        {
            yield break;
        }

        var reconsideration = table.ValueAt(AppealsTemplate.Reconsideration, AppealsTemplate.Total);
        var direct = table.ValueAt(AppealsTemplate.LitigationDirect, AppealsTemplate.Total);
        var after = table.ValueAt(AppealsTemplate.LitigationAfterReconsideration, AppealsTemplate.Total);
        var checks = new (NarrativeFigureKind Kind, HashSet<decimal> Accepted, string Table, string Row)[]
        {
            (NarrativeFigureKind.Reconsiderations, Known(reconsideration), "行政复议总计", AppealsTemplate.Reconsideration),
            (NarrativeFigureKind.Lawsuits, Known(direct + after, direct, after), "行政诉讼总计", AppealsTemplate.LitigationDirect),
        };
        foreach (var (kind, accepted, label, row) in checks)
        {
            var figures = report.Narrative.Where(f => f.Kind == kind).ToList();
            if (figures.Count == 0 || accepted.Count == 0 || figures.Any(f => accepted.Contains(f.Value)))
            {
                continue;
            }

            var figure = figures[0];
            yield return Diagnostic.Create(Code, Severity.Warning,
                $"正文称「{figure.Text}」（{figure.Value}件），但表四{label}为 {RuleSupport.Format(accepted.First())}。",
                figure.Source, new CellRef(TableKind.Appeals, row, AppealsTemplate.Total));
        }
    }

    private static HashSet<decimal> Known(params decimal?[] values) => values.OfType<decimal>().ToHashSet();
}
