using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tables.Proactive;

/// <summary>Maps table 二's zone (主动公开政府信息情况) to its rows, using each item's header row for the columns.</summary>
/// <remarks>
/// The table is printed as blocks per 条例 art. 20 item (第二十条第（一）项 …), each with a 信息内容 header naming
/// the columns. Where a header is missing, the edition's columns for the row are used.
/// </remarks>
internal static class ProactiveTableMapper
{
    /// <param name="zone">The zone's rows.</param>
    /// <param name="template">The edition whose columns a row without a header takes.</param>
    /// <param name="repeatsDropped">Whether the document printed a run of equal cells once (<c>SourceDocument.RepeatsDropped</c>).</param>
    public static MappedTable Map(IReadOnlyList<DocumentRow> zone, TemplateVersion template, bool repeatsDropped = false)
    {
        var diagnostics = new List<Diagnostic>();
        var rows = new Dictionary<string, RowReadings>();
        List<HeaderColumn>? header = null;
        var headerWidth = 0;
        foreach (var row in zone)
        {
            var shape = row.Shape;
            var label = LabelText.Normalize(shape.LabelText);
            if (label.StartsWith("第二十条", StringComparison.Ordinal))
            {
                header = null;
                continue;
            }

            if (shape.NumberCount == 0 && (label.Contains(ProactiveTemplate.ContentHeader, StringComparison.Ordinal) || shape.Labels.Count > 1 && shape.Labels.All(c => ProactiveLabels.Column(LabelText.Normalize(c.Text)) is not null)))
            {
                header = HeaderColumns(row, template);
                headerWidth = row.IsGridRow ? row.GridWidth : 0;
                continue;
            }

            if (!shape.HasLabel || ProactiveLabels.RowKey(label) is not { } key)
            {
                continue;
            }

            var columns = header is { Count: > 0 } && header.Count <= 3 ? header : DefaultColumns(key, template);
            var specs = columns.Select(c => c.Spec).ToList();

            // 规范性文件898989: the values glued to the label, split by the glued-digits rule.
            var glued = shape.Values.Count == 0 ? GluedDigits.TrailingRun(shape.Labels[^1], specs.Count) : null;
            if (shape.Values.Count == 0 && glued is null)
            {
                continue;
            }

            var unit = columns.FirstOrDefault(c => c.Spec.Kind == CellKind.Money)?.Unit ?? 1m;
            var readings = glued is not null || GluedDigits.IsGluedRun(shape.Values, specs.Count)
                ? GluedDigits.Readings(key, specs, glued ?? shape.Values[0], row.Source, moneyUnit: unit)
                : row.IsGridRow && row.GridWidth == headerWidth && columns.All(c => c.Index >= 0)
                ? new RowReadings(key, specs, columns.Select(c => (SourceCell?)row.Cells[c.Index]).ToArray(), row.Source, unit)
                : InferredRows.Create(key, specs, shape.Values, row.Source, repeatsDropped, moneyUnit: unit);
            if (!rows.TryAdd(key, readings))
            {
                continue;
            }

            // No sums constrain table 二: an ambiguous row is read left to right and reported; a rule's row keeps
            // every reading, so the cells they disagree on are left blank.
            readings.Undecided = readings.IsAmbiguous;
            if (readings.Rule is not null)
            {
                readings.Optimal = [.. Enumerable.Range(0, readings.Candidates.Count)];
            }
        }

        if (rows.Count == 0)
        {
            return new MappedTable(null, diagnostics);
        }

        var order = ProactiveTemplate.V2019.Rows.Select(r => r.Key).ToList();
        InferredRows.Explain(rows.Values, "", null);
        var tableRows = order.Where(rows.ContainsKey).Select(k => TableAssembler.BuildRow(TableKind.Proactive, rows[k], diagnostics)).ToList();
        InferenceDiagnostics.Report(TableKind.Proactive, [.. order.Where(rows.ContainsKey).Select(k => rows[k])], tableRows, diagnostics);
        var first = rows[order.First(rows.ContainsKey)];
        return new MappedTable(new ReportTable { Kind = TableKind.Proactive, Rows = tableRows, Source = first.Source }, diagnostics);
    }

    // The header's columns after 信息内容, with their cell index and the unit a money column's header names.
    private static List<HeaderColumn> HeaderColumns(DocumentRow row, TemplateVersion template)
    {
        var columns = new List<HeaderColumn>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = LabelText.Normalize(row.Cells[i].Text);
            if (ProactiveLabels.Column(text) is not { } column)
            {
                continue;
            }

            var spec = Spec(column.Key, column.Edition ?? template);
            columns.Add(new HeaderColumn(spec, spec.Kind == CellKind.Money ? HeaderUnit(text) : 1m, i));
        }

        return columns;
    }

    private static List<HeaderColumn> DefaultColumns(string key, TemplateVersion template)
    {
        var spec = ProactiveTemplate.For(template).Row(key) ?? ProactiveTemplate.V2019.Row(key)!;
        return spec.Columns.Select(c => new HeaderColumn(c, 1m, -1)).ToList();
    }

    private static ColumnSpec Spec(string key, TemplateVersion edition) =>
        ProactiveTemplate.For(edition).Rows.SelectMany(r => r.Columns).FirstOrDefault(c => c.Key == key)
        ?? ProactiveTemplate.For(edition == TemplateVersion.V2019 ? TemplateVersion.V2021 : TemplateVersion.V2019).Rows.SelectMany(r => r.Columns).First(c => c.Key == key);

    private sealed record HeaderColumn(ColumnSpec Spec, decimal Unit, int Index);

    // 采购总金额（万元）, 本年收费金额（单位：万元）, （单位：元）, （亿元）: one printed unit in 万元.
    private static decimal HeaderUnit(string header) =>
        header.Contains("亿元", StringComparison.Ordinal) ? 10000m
        : header.Contains("万元", StringComparison.Ordinal) ? 1m
        : header.Contains("(元)", StringComparison.Ordinal) || header.Contains(":元", StringComparison.Ordinal) || header.EndsWith("元)", StringComparison.Ordinal) ? 0.0001m
        : 1m;
}
