using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// Rows rebuilt by a layout rule rather than read cell for cell (issue #14): a row whose extractor dropped
/// repeated cells (<see cref="SourceDocument.RepeatsDropped"/>) is read as runs of its printed values. Each row's
/// readings are first narrowed by its own equation (row 总计 = the sum of its columns), so that the joint search
/// over the table's equations stays small; the search then keeps every reading that satisfies the most equations,
/// and <see cref="TableAssembler"/> takes only the cells those readings agree on.
/// </summary>
internal static class InferredRows
{
    /// <summary>The rule id of a row rebuilt from runs of repeated values printed once.</summary>
    public const string RepeatsDropped = "repeats-dropped";

    /// <summary>The rule id of a row whose cells were split out of one glued digit run.</summary>
    public const string GluedDigits = "glued-digits";

    /// <summary>The layout rule of <see cref="RepeatsDropped"/>, as the reasons name it.</summary>
    public const string RepeatsDroppedText = "原文连续相同的数值只保留一个";

    /// <summary>The layout rule of <see cref="GluedDigits"/>, as the reasons name it.</summary>
    public const string GluedDigitsText = "原文各单元格的数字连在一起";

    /// <summary>
    /// The readings of a row printed with <paramref name="values"/>: when the document dropped repeats and the row
    /// came up short, the runs of its values (narrowed by <paramref name="rowEquation"/> when some reading satisfies
    /// it); otherwise the ordinary placement, unchanged.
    /// </summary>
    public static RowReadings Create(string key, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<SourceCell> values, SourceRef source,
        bool repeatsDropped, Func<decimal?[], bool>? rowEquation = null, decimal moneyUnit = 1m)
    {
        if (!repeatsDropped || values.Count == 0 || values.Count >= columns.Count)
        {
            return new RowReadings(key, columns, values, source, moneyUnit);
        }

        return Narrowed(key, columns, ValuePlacement.RunLengths(values, columns.Count), values.Count, source, moneyUnit, RepeatsDropped, rowEquation);
    }

    /// <summary>A rule's row from its <paramref name="readings"/>, keeping those its own equation holds for when there are any.</summary>
    public static RowReadings Narrowed(string key, IReadOnlyList<ColumnSpec> columns, List<SourceCell?[]> readings, int printed, SourceRef source,
        decimal moneyUnit, string rule, Func<decimal?[], bool>? rowEquation)
    {
        var kept = readings;
        var heldByRow = false;
        if (rowEquation is not null)
        {
            var holding = readings.Where(r => rowEquation(Numbers(r))).ToList();
            if (holding.Count > 0 && holding.Count < readings.Count)
            {
                (kept, heldByRow) = (holding, true);
            }
        }

        return new RowReadings(key, columns, kept, printed, source, moneyUnit, rule) { HeldByRowEquation = heldByRow };
    }

    /// <summary>Row 总计 (the last column) equals the sum of the other columns, for tables 三's rows.</summary>
    public static bool TotalIsLast(decimal?[] numbers)
    {
        decimal sum = 0;
        for (var i = 0; i < numbers.Length - 1; i++)
        {
            sum += numbers[i] ?? 0;
        }

        return numbers[^1] is { } total && total == sum;
    }

    /// <summary>
    /// Writes each rule row's reason: the layout rule, then what fixed the readings — the only reading there is, the
    /// row's own equation, and <paramref name="tableEquations"/> when the joint search had to choose.
    /// </summary>
    public static void Explain(IEnumerable<RowReadings> rows, string rowEquation, string? tableEquations)
    {
        foreach (var row in rows.Where(r => r.Rule is not null))
        {
            var layout = row.Rule == GluedDigits ? GluedDigitsText : RepeatsDroppedText;
            var fixedBy = new List<string>();
            if (row.HeldByRowEquation)
            {
                fixedBy.Add(rowEquation);
            }

            if (row.Candidates.Count > 1 && tableEquations is not null)
            {
                fixedBy.Add(tableEquations);
            }

            row.Reason = fixedBy.Count > 0
                ? $"{layout}；按{string.Join("及", fixedBy)}展开"
                : row.Candidates.Count == 1 ? $"{layout}；本行只有一种展开方式（{row.PrintedCount} 个数值填满 {row.Columns.Count} 列）" : $"{layout}；本行没有可核对的合计";
        }
    }

    private static decimal?[] Numbers(SourceCell?[] reading) =>
        [.. reading.Select(cell => cell is null ? null : CellValueReader.Read(cell.Text, CellKind.Count).Value)];
}
