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
        return
        [
            .. Differences(computed.Requests, computed.Appeals, published).Select(difference =>
            {
                var ids = computed.CasesBehind(difference.Table, difference.Row, difference.Column);
                var numbers = ids.Select(computed.NumberOf).Distinct(StringComparer.Ordinal).ToList();
                return Finding(difference, ids, numbers, numbers.Count);
            }),
        ];
    }

    /// <summary>
    /// The cells of <paramref name="published"/>'s tables 三 and 四 whose value is not the count in the computed
    /// <paramref name="requests"/> and <paramref name="appeals"/> (a blank, unreadable or missing cell differs from every
    /// count), in template order: what <see cref="Compare"/> reports, for tables counted without the cases at hand.
    /// </summary>
    public static IReadOnlyList<CaseTableDifference> Differences(ReportTable requests, ReportTable appeals, AnnualReport published)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(appeals);
        ArgumentNullException.ThrowIfNull(published);
        var differences = new List<CaseTableDifference>();
        foreach (var table in new[] { requests, appeals })
        {
            var printed = published.Table(table.Kind);
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    var value = printed?.CellAt(row.Key, cell.Column) is { State: CellState.Number } p ? p.Value : null;
                    var count = cell.Value ?? 0;
                    if (value != count)
                    {
                        differences.Add(new CaseTableDifference(table.Kind, new RowKey(row.Key), new ColumnKey(cell.Column), value, count));
                    }
                }
            }
        }

        return differences;
    }

    /// <summary>
    /// The finding for <paramref name="difference"/>: the cases behind the count are <paramref name="caseIds"/>, whose
    /// registry numbers are <paramref name="numbers"/> (the first of them at least, in order) out of
    /// <paramref name="numberCount"/> distinct ones; the message lists the first <see cref="NumbersListed"/>.
    /// </summary>
    public static CaseTableFinding Finding(CaseTableDifference difference, IReadOnlyList<string> caseIds, IReadOnlyList<string> numbers, int numberCount)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(caseIds);
        ArgumentNullException.ThrowIfNull(numbers);
        var (table, row, column) = (difference.Table, difference.Row.Value, difference.Column.Value);
        var name = table == TableKind.Requests ? "表三" : "表四";
        var place = $"{name}「{TemplateLabels.RowLabel(table, row)}」行「{TemplateLabels.ColumnLabel(table, column, row)}」列";
        var printed = difference.Published is { } v ? $"年度报告填报 {Format(v)}" : "年度报告此格为空或缺失";
        var listed = string.Join("、", numbers.Take(NumbersListed));
        var cases = numberCount == 0 ? "没有对应的办件"
            : numberCount <= NumbersListed ? $"办件：{listed}"
            : $"办件：{listed} 等 {numberCount} 件";
        var message = $"{place}：{printed}，按办件统计为 {Format(difference.Computed)}（{cases}）。";
        return new CaseTableFinding(table, difference.Row, difference.Column, difference.Published, difference.Computed, caseIds, message);
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
