using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>A cell holds text that is not a number.</summary>
/// <remarks>GK0105.</remarks>
public sealed class UnreadableCellsRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.UnreadableCell;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            foreach (var row in report.Table(kind)?.Rows ?? [])
            {
                foreach (var cell in row.Cells.Where(c => c.State == CellState.Unreadable))
                {
                    var where = new CellRef(kind, row.Key, cell.Column);
                    yield return Diagnostic.Create(Code, Severity.Error, $"{where.Describe()}的内容「{cell.Raw}」不是数字。", cell.Source, where);
                }
            }
        }
    }
}
