using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>Table 三, every column: 一 + 二 = 三(七) + 四.</summary>
/// <remarks>GK0301. The table states it itself: 第一项加第二项之和，等于第三项加第四项之和.</remarks>
public sealed class RequestsBalanceRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.RequestsBalance;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.Requests is not { } table)
        {
            yield break;
        }

        foreach (var column in RequestsTemplate.Columns)
        {
            var received = RuleSupport.SumOrNull([table.CellAt(RequestsTemplate.NewReceived, column.Key), table.CellAt(RequestsTemplate.CarriedOver, column.Key)]);
            var handled = RuleSupport.SumOrNull([table.CellAt(RequestsTemplate.Total, column.Key), table.CellAt(RequestsTemplate.CarriedForward, column.Key)]);
            if (received is { } left && handled is { } right && left != right)
            {
                yield return Diagnostic.Create(Code, Severity.Error,
                    $"表三「{column.Label}」列：第一项加第二项之和为 {RuleSupport.Format(left)}，第三项（七）总计加第四项之和为 {RuleSupport.Format(right)}，两者不等。",
                    table.CellAt(RequestsTemplate.Total, column.Key)?.Source ?? default,
                    new CellRef(TableKind.Requests, RequestsTemplate.NewReceived, column.Key),
                    new CellRef(TableKind.Requests, RequestsTemplate.CarriedOver, column.Key),
                    new CellRef(TableKind.Requests, RequestsTemplate.Total, column.Key),
                    new CellRef(TableKind.Requests, RequestsTemplate.CarriedForward, column.Key));
            }
        }
    }
}
