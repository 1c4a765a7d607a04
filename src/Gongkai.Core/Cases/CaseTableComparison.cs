using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>A published report's tables 三 and 四 against those built from the cases: every cell that differs.</summary>
public static class CaseTableComparison
{
    /// <summary>Case numbers a message lists before it says how many more there are.</summary>
    public const int NumbersListed = 20;

    /// <summary>
    /// The cells of <paramref name="published"/>'s tables 三 and 四 whose value is not the count in
    /// <paramref name="computed"/> (a blank, unreadable or missing cell differs from every count), in template order.
    /// </summary>
    public static IReadOnlyList<CaseTableFinding> Compare(CaseTablesResult computed, AnnualReport published)
    {
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(published);
        var findings = new List<CaseTableFinding>();
        foreach (var table in new[] { computed.Requests, computed.Appeals })
        {
            var printed = published.Table(table.Kind);
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    var value = printed?.CellAt(row.Key, cell.Column) is { State: CellState.Number } p ? p.Value : null;
                    var count = cell.Value ?? 0;
                    if (value == count)
                    {
                        continue;
                    }

                    var rowKey = new RowKey(row.Key);
                    var columnKey = new ColumnKey(cell.Column);
                    var ids = computed.CasesBehind(table.Kind, rowKey, columnKey);
                    findings.Add(new CaseTableFinding(table.Kind, rowKey, columnKey, value, count, ids, Message(computed, table.Kind, row.Key, cell.Column, value, count, ids)));
                }
            }
        }

        return findings;
    }

    private static string Message(CaseTablesResult computed, TableKind table, string row, string column, decimal? value, decimal count, IReadOnlyList<string> ids)
    {
        var name = table == TableKind.Requests ? "表三" : "表四";
        var place = $"{name}「{TemplateLabels.RowLabel(table, row)}」行「{TemplateLabels.ColumnLabel(table, column, row)}」列";
        var printed = value is { } v ? $"年度报告填报 {Format(v)}" : "年度报告此格为空或缺失";
        var numbers = ids.Select(computed.NumberOf).Distinct(StringComparer.Ordinal).ToList();
        var cases = numbers.Count == 0 ? "没有对应的办件"
            : numbers.Count <= NumbersListed ? $"办件：{string.Join("、", numbers)}"
            : $"办件：{string.Join("、", numbers.Take(NumbersListed))} 等 {numbers.Count} 件";
        return $"{place}：{printed}，按办件统计为 {Format(count)}（{cases}）。";
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
