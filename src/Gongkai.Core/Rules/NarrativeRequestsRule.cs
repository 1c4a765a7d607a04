using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>The number of applications stated in the text agrees with table 三.</summary>
/// <remarks>
/// GK0501. A stated figure may mean the new applications (一), those plus the carried-over ones (一 + 二), or all
/// handled ((七)); it agrees when it equals any of these. Reported once, when no stated figure agrees.
/// </remarks>
public sealed class NarrativeRequestsRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.NarrativeRequests;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        var figures = report.Narrative.Where(f => f.Kind == NarrativeFigureKind.RequestsReceived).ToList();
        if (figures.Count == 0 || report.Requests is not { } table)
        {
            yield break;
        }

        var received = table.ValueAt(RequestsTemplate.NewReceived, RequestsTemplate.TotalColumn);
        if (received is null)
        {
            yield break;
        }

        var carried = table.ValueAt(RequestsTemplate.CarriedOver, RequestsTemplate.TotalColumn);
        var accepted = new HashSet<decimal?> { received, received + carried, table.ValueAt(RequestsTemplate.Total, RequestsTemplate.TotalColumn) };
        if (figures.Any(f => accepted.Contains(f.Value)))
        {
            yield break;
        }

        var figure = figures[0];
        yield return Diagnostic.Create(Code, Severity.Warning,
            $"正文称「{figure.Text}」（{figure.Value}件），但表三「一、本年新收政府信息公开申请数量」总计为 {RuleSupport.Format(received.Value)}。",
            figure.Source, new CellRef(TableKind.Requests, RequestsTemplate.NewReceived, RequestsTemplate.TotalColumn));
    }
}
