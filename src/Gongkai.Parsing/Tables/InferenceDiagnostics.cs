using System.Globalization;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// Says what a layout rule did to a table: GK1012 (提示) once per table listing its inferred cells and why, GK1013
/// (警告) once per row left ambiguous, listing the readings that remained.
/// </summary>
internal static class InferenceDiagnostics
{
    private const int MaxListed = 6;

    public static void Report(TableKind table, IReadOnlyList<RowReadings> rows, IReadOnlyList<TableRow> built, List<Diagnostic> diagnostics)
    {
        var inferred = built
            .SelectMany(row => row.Cells.Where(c => c.Inference is { IsAmbiguous: false }).Select(c => (Row: row, Cell: c)))
            .ToList();
        if (inferred.Count > 0)
        {
            var refs = inferred.Select(x => new CellRef(table, x.Row.Key, x.Cell.Column)).ToList();
            var listed = string.Join("；", refs.Take(MaxListed).Select(r => r.Describe())) + (refs.Count > MaxListed ? " 等" : "");
            var reasons = string.Join("", inferred.Select(x => x.Cell.Inference!.Reason).Distinct().Select(r => $"〔{r}〕"));
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.CellsInferred, Severity.Info,
                $"{table.ToDisplayName()}有 {inferred.Count} 个单元格不是逐格读出，而是按版式规则推定：{listed}。依据：{reasons}。", built[0].Source, [.. refs]));
        }

        foreach (var row in rows.Where(r => r.Rule is not null))
        {
            var cells = built.FirstOrDefault(b => b.Key == row.Key)?.Cells.Where(c => c.Inference is { IsAmbiguous: true }).ToList() ?? [];
            if (cells.Count == 0)
            {
                continue;
            }

            var readings = row.Optimal.Order().Select(r => string.Join("、", row.Numbers[r].Select(Format))).Distinct().ToList();
            var where = new CellRef(table, row.Key);
            var columns = string.Join("、", cells.Select(c => row.Columns.First(s => s.Key == c.Column).Label));
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.RowAmbiguous, Severity.Warning,
                $"{where.Describe()}印有 {row.PrintedCount} 个数值（模板为 {row.Columns.Count} 列），按版式规则有 {readings.Count} 种读法，表格的勾稽关系无法区分：" +
                $"{string.Join("；", readings.Take(MaxListed).Select(r => $"（{r}）"))}{(readings.Count > MaxListed ? " 等" : "")}。" +
                $"各读法不同的列（{columns}）已留空，请核对原件。",
                row.Source, [.. cells.Select(c => new CellRef(table, row.Key, c.Column))]));
        }
    }

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "空";
}
