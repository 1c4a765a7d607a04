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

            // Counted, then gathered into an array: every report is checked, few have a blank cell, and the query
            // this replaces was a value-tuple instantiation compiled at run time in every process (issue #16).
            var count = 0;
            SourceRef first = default;
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.IsBlank && count++ == 0)
                    {
                        first = cell.Source;
                    }
                }
            }

            if (count == 0)
            {
                continue;
            }

            var blanks = new CellRef[count];
            var at = 0;
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.IsBlank)
                    {
                        blanks[at++] = new CellRef(kind, row.Key, cell.Column);
                    }
                }
            }

            var listed = new string[Math.Min(3, count)];
            for (var i = 0; i < listed.Length; i++)
            {
                listed[i] = blanks[i].Describe();
            }


            var more = count > 3 ? " 等" : "";
            yield return Diagnostic.Create(Code, Severity.Warning,
                $"{kind.ToDisplayName()}有 {count} 个空白单元格（空白不等于 0，相关合计无法核对）：{string.Join("；", listed)}{more}。",
                first, blanks);
        }
    }
}
