using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tables.Appeals;

/// <summary>Maps table 四's zone (政府信息公开行政复议、行政诉讼情况) to its three groups of five cells.</summary>
/// <remarks>
/// The official layout has a two-level header and one row of 15 numbers (行政复议 ×5, 未经复议直接起诉 ×5,
/// 复议后起诉 ×5); some reports print one row per group instead. Both are read. The header's leaf labels give the
/// order of the five cells when all of them are found.
/// </remarks>
internal static class AppealsTableMapper
{
    private const int GroupSize = 5;
    private const int CellCount = 15;

    /// <summary>The group totals of table 四, as the reasons of inferred cells name them.</summary>
    public const string GroupEquationText = "表四各组总计＝结果维持、结果纠正、其他结果、尚未审结之和";

    /// <param name="zone">The zone's rows.</param>
    /// <param name="repeatsDropped">Whether the document printed a run of equal cells once (<c>SourceDocument.RepeatsDropped</c>).</param>
    public static MappedTable Map(IReadOnlyList<DocumentRow> zone, bool repeatsDropped = false)
    {
        var diagnostics = new List<Diagnostic>();
        var headerLeaves = new List<string>();
        var flat = new List<SourceCell>();
        SourceRef flatSource = default;
        var groups = new Dictionary<string, (IReadOnlyList<SourceCell> Values, SourceRef Source)>();
        var transposed = new Dictionary<string, (IReadOnlyList<SourceCell> Values, SourceRef Source)>();
        foreach (var row in zone)
        {
            var shape = row.Shape;
            if (shape.NumberCount == 0)
            {
                // A grid row of fifteen empty cells under the full header: the figures row of a form nobody filled in.
                if (row.IsGridRow && !shape.HasLabel && shape.Values.Count == CellCount && flat.Count == 0 && groups.Count == 0 && headerLeaves.Count >= CellCount)
                {
                    flatSource = row.Source;
                    flat.AddRange(shape.Values);
                    continue;
                }

                if (!row.IsParagraph)
                {
                    headerLeaves.AddRange(shape.Labels.Select(c => LeafKey(c.Text)).OfType<string>());
                }

                continue;
            }

            if (Group(shape.LabelText) is { } group && (shape.Values.Count >= GroupSize - 1 || repeatsDropped) && shape.Values.Count <= GroupSize + 2)
            {
                groups.TryAdd(group, (shape.Values, row.Source));
            }
            else if (LeafKey(shape.LabelText) is { } leaf && shape.Values.Count is >= 2 and <= 4)
            {
                // Transposed layout: a row per result (结果维持 …), a column per group.
                transposed.TryAdd(leaf, (shape.Values, row.Source));
            }
            else if (flat.Count < CellCount && (shape.Values.Count >= GroupSize || flat.Count > 0 && shape.IsValuesOnly || repeatsDropped && flat.Count == 0))
            {
                flatSource = flat.Count == 0 ? row.Source : flatSource;
                flat.AddRange(row.IsGridRow && shape.Values.Count > CellCount ? LastCells(shape.Values) : shape.Values);
            }
        }

        var order = headerLeaves.Count % GroupSize == 0 && headerLeaves.Count > 0 && IsPermutation(headerLeaves.Take(GroupSize))
            ? headerLeaves.Take(GroupSize).ToList()
            : AppealsTemplate.Columns.Select(c => c.Key).ToList();
        var columns = order.Select(k => AppealsTemplate.Columns.First(c => c.Key == k)).ToList();
        List<RowReadings> readings;
        if (groups.Count > 0)
        {
            var totalAt = columns.FindIndex(c => c.Key == AppealsTemplate.Total);
            readings = AppealsTemplate.Table.Rows.Where(r => groups.ContainsKey(r.Key))
                .Select(r => InferredRows.Create(r.Key, columns, groups[r.Key].Values, groups[r.Key].Source, repeatsDropped, n => GroupSums(n, totalAt, 1) == 1))
                .ToList();
            foreach (var row in readings.Where(r => r.Rule is not null))
            {
                row.Optimal = [.. Enumerable.Range(0, row.Candidates.Count)];
            }

            InferredRows.Explain(readings, GroupEquationText, null);
        }
        else if (flat.Count > 0)
        {
            readings = repeatsDropped && flat.Count < CellCount
                ? SplitRuns(flat, columns, flatSource)
                : SplitFlat(flat, columns, flatSource, diagnostics);
        }
        else if (transposed.Count > 0)
        {
            readings = Transpose(transposed);
        }
        else
        {
            return new MappedTable(null, diagnostics);
        }

        var rows = readings.Select(r => TableAssembler.BuildRow(TableKind.Appeals, r, diagnostics)).Select(Reorder).ToList();
        InferenceDiagnostics.Report(TableKind.Appeals, readings, rows, diagnostics);
        return new MappedTable(new ReportTable { Kind = TableKind.Appeals, Rows = rows, Source = readings[0].Source }, diagnostics);
    }

    // In a grid wider than the table (a whole page laid out in one sheet), the 15 cells end at the last filled one.
    private static IEnumerable<SourceCell> LastCells(IReadOnlyList<SourceCell> values)
    {
        var end = values.Count;
        while (end > CellCount && string.IsNullOrWhiteSpace(values[end - 1].Text))
        {
            end--;
        }

        return values.Take(end).Skip(end - CellCount);
    }

    // The 15 cells of the single data row: placed as one reading over 15 columns, then cut into groups.
    private static List<RowReadings> SplitFlat(List<SourceCell> flat, List<ColumnSpec> columns, SourceRef source, List<Diagnostic> diagnostics)
    {
        var all = new RowReadings("all", Enumerable.Range(0, 3).SelectMany(_ => columns).ToList(), flat, source);
        if (all.IsAmbiguous)
        {
            var totalAt = columns.FindIndex(c => c.Key == AppealsTemplate.Total);
            var (choice, undecided) = BalanceResolver.Resolve([all.Candidates.Count], picked => GroupSums(all.Numbers[picked[0]], totalAt));
            all.Chosen = choice[0];
            all.Undecided = undecided[0];
            var where = new CellRef(TableKind.Appeals);
            diagnostics.Add(all.Undecided
                ? Diagnostic.Create(DiagnosticCodes.ColumnsAmbiguous, Severity.Warning,
                    $"表四印有 {flat.Count} 个单元格（模板为 {CellCount} 个），各数值所在的列无法唯一确定，已按从左到右的顺序读取，请核对原件。", source, where)
                : Diagnostic.Create(DiagnosticCodes.ColumnsChosenBySums, Severity.Info,
                    $"表四印有 {flat.Count} 个单元格（模板为 {CellCount} 个），已按各组总计的勾稽关系确定各数值所在的列。", source, where));
        }

        var chosen = all.Candidates[all.Chosen];
        return AppealsTemplate.Table.Rows.Select((spec, g) =>
        {
            var cells = chosen.Skip(g * GroupSize).Take(GroupSize).Select(c => c ?? new SourceCell("", source)).ToList();
            return new RowReadings(spec.Key, columns, cells, source);
        }).ToList();
    }

    // The single data row of a document that printed each run of equal cells once: its runs over the 15 cells,
    // narrowed by the three group totals; each group keeps the slices of the readings that hold the most of them.
    private static List<RowReadings> SplitRuns(List<SourceCell> flat, List<ColumnSpec> columns, SourceRef source)
    {
        var totalAt = columns.FindIndex(c => c.Key == AppealsTemplate.Total);
        var all = InferredRows.Create("all", [.. Enumerable.Range(0, 3).SelectMany(_ => columns)], flat, source, repeatsDropped: true,
            rowEquation: n => GroupSums(n, totalAt) == 3);
        var best = Enumerable.Range(0, all.Candidates.Count).MaxBy(r => GroupSums(all.Numbers[r], totalAt));
        var optimal = Enumerable.Range(0, all.Candidates.Count).Where(r => GroupSums(all.Numbers[r], totalAt) == GroupSums(all.Numbers[best], totalAt)).ToList();
        InferredRows.Explain([all], GroupEquationText, null);
        return AppealsTemplate.Table.Rows.Select((spec, g) =>
        {
            var slices = new List<SourceCell?[]>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in optimal)
            {
                var slice = all.Candidates[r].Skip(g * GroupSize).Take(GroupSize).ToArray();
                if (seen.Add(string.Join('\u0001', slice.Select(c => c?.Text))))
                {
                    slices.Add(slice);
                }
            }

            return new RowReadings(spec.Key, columns, slices, flat.Count, source, 1m, all.Rule ?? InferredRows.RepeatsDropped)
            {
                Reason = all.Reason,
                Optimal = [.. Enumerable.Range(0, slices.Count)],
            };
        }).ToList();
    }

    // One reading per group from the per-result rows: group g takes cell g of every result row.
    private static List<RowReadings> Transpose(Dictionary<string, (IReadOnlyList<SourceCell> Values, SourceRef Source)> rows)
    {
        var byResult = rows.ToDictionary(r => r.Key, r => ValuePlacement.Candidates(r.Value.Values, 3)[0]);
        var source = rows.Values.First().Source;
        return AppealsTemplate.Table.Rows.Select((spec, g) => new RowReadings(
            spec.Key,
            AppealsTemplate.Columns,
            AppealsTemplate.Columns.Select(c => byResult.TryGetValue(c.Key, out var cells) ? cells[g] : null).ToArray(),
            source)).ToList();
    }

    private static int GroupSums(decimal?[] values, int totalAt, int groups = 3)
    {
        var score = 0;
        for (var g = 0; g < groups; g++)
        {
            decimal sum = 0;
            for (var k = 0; k < GroupSize; k++)
            {
                sum += k == totalAt ? 0 : values[g * GroupSize + k] ?? 0;
            }

            score += sum == (values[g * GroupSize + totalAt] ?? 0) ? 1 : 0;
        }

        return score;
    }

    // Cells in template order regardless of the printed order.
    private static TableRow Reorder(TableRow row) =>
        row with { Cells = AppealsTemplate.Columns.Select(c => row[c.Key]!).ToList() };

    private static bool IsPermutation(IEnumerable<string> keys) =>
        keys.Order(StringComparer.Ordinal).SequenceEqual(AppealsTemplate.Columns.Select(c => c.Key).Order(StringComparer.Ordinal));

    // A column header is the official label or one of the catalogue's printed variants, whole.
    private static string? LeafKey(string text)
    {
        var normalized = LabelText.Normalize(text);
        if (AppealsTemplate.Columns.FirstOrDefault(c => c.Label == normalized) is { } column)
        {
            return column.Key;
        }

        return AppealsTemplate.ColumnVariants.FirstOrDefault(v => v.Text == normalized) is { Text: not null } variant ? variant.Column : null;
    }

    private static string? Group(string label)
    {
        var text = LabelText.Normalize(label);
        foreach (var (phrase, group) in AppealsTemplate.GroupVariants)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }
}
