using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Lists the cells a table leaves blank: blank is not zero, and sums over them cannot be checked.</summary>
/// <remarks>GK0104, one finding per table.</remarks>
public sealed class BlankCellsRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.BlankCells;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            if (report.Table(kind) is not { } table)
            {
                continue;
            }

            var blanks = table.Rows
                .SelectMany(row => row.Cells.Where(c => c.IsBlank).Select(c => (Ref: new CellRef(kind, row.Key, c.Column), c.Source)))
                .ToList();
            if (blanks.Count == 0)
            {
                continue;
            }

            var listed = string.Join("；", blanks.Take(3).Select(b => b.Ref.Describe()));
            var more = blanks.Count > 3 ? " 等" : "";
            yield return Diagnostic.Create(Code, Severity.Warning,
                $"{kind.ToDisplayName()}有 {blanks.Count} 个空白单元格（空白不等于 0，相关合计无法核对）：{listed}{more}。",
                blanks[0].Source, blanks.Select(b => b.Ref).ToList());
        }
    }
}
