using System.Text.RegularExpressions;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// Names the table cells whose printed text is implausible for a figure, as OCR output (PaddleOCR, Umi-OCR) and
/// text extracted from scans often gives: a letter an OCR engine confuses with a digit among digits (O/o for 0, l/I
/// for 1, S for 5, B for 8), a 、 or ， inside or after a number, a count with a decimal point, or a value more than
/// ten times its row's 总计. The value is never changed: it stays as the value reader read it (unreadable, or the
/// number printed), so the checker's sums show the effect; this only says where to look (GK1016).
/// </summary>
internal static partial class ImplausibleValues
{
    /// <summary>At most this many cells are named, one diagnostic each.</summary>
    public const int MaxFlags = 50;

    // A value more than this many times its row's printed total is implausible (a digit read twice, a glued cell).
    private const int FarAboveTotal = 10;

    public static List<Diagnostic> Find(params ReportTable?[] tables)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var table in tables)
        {
            if (table is null)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                var total = row[RequestsTemplate.TotalColumn] is { State: CellState.Number, Value: > 0 } t ? t.Value : null;
                foreach (var cell in row.Cells)
                {
                    if (diagnostics.Count >= MaxFlags)
                    {
                        return diagnostics;
                    }

                    if (Reason(cell, total) is { } reason)
                    {
                        diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ImplausibleValue, Severity.Warning,
                            $"{table.Kind.ToDisplayName()}「{TemplateLabels.RowLabel(table.Kind, row.Key)}」行「{TemplateLabels.ColumnLabel(table.Kind, cell.Column, row.Key)}」列印为“{cell.Raw.Trim()}”：{reason}，可能为识别错误；已按原样读入，未作改动，请对照原件核对。",
                            cell.Source, new CellRef(table.Kind, row.Key, cell.Column)));
                    }
                }
            }
        }

        return diagnostics;
    }

    /// <summary>Why the cell's printed text is implausible for its column, or null.</summary>
    internal static string? Reason(Cell cell, decimal? rowTotal)
    {
        var raw = cell.Raw.Trim();
        if (raw.Length == 0)
        {
            return null;
        }

        if (MisreadFigure.Looks(raw))
        {
            return "数字中夹有形似数字的字母";
        }

        if (PunctuatedNumber().IsMatch(raw))
        {
            return "数字中夹有顿号或逗号";
        }

        if (cell is { State: CellState.Number, Value: { } value })
        {
            if (cell.Kind == CellKind.Count && decimal.Truncate(value) != value)
            {
                return "件数带有小数点";
            }

            if (rowTotal is { } total && cell.Column != RequestsTemplate.TotalColumn && value > total * FarAboveTotal)
            {
                return $"远大于本行总计 {total}";
            }
        }

        return null;
    }

    // A 、 or ， (or a full stop misread as 。) inside or right after a run of digits: "4、", "1，2", "3。5".
    [GeneratedRegex(@"[0-9][、，。]|[、，。][0-9]")]
    private static partial Regex PunctuatedNumber();
}
