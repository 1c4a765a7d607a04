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
        List<HeaderCell>? header = null;
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
                header = HeaderCells(row, template, diagnostics);
                headerWidth = row.IsGridRow ? row.GridWidth : 0;
                continue;
            }

            if (!shape.HasLabel || ProactiveLabels.RowKey(label) is not { } key)
            {
                continue;
            }

            var columns = header is { Count: > 0 } && header.Count <= 3 ? header.Select(h => h.For(key, template)).ToList() : DefaultColumns(key, template);
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
                ? new RowReadings(key, specs, CellsUnder(row, columns), row.Source, unit)
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

    // The header's columns after 信息内容, with their cell index; a misspelt header is read as the catalogue header it
    // resembles, and said so (GK1006).
    private static List<HeaderCell> HeaderCells(DocumentRow row, TemplateVersion template, List<Diagnostic> diagnostics)
    {
        var cells = new List<HeaderCell>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = LabelText.Normalize(row.Cells[i].Text);
            var named = ProactiveLabels.Columns(text).Select(c => Spec(c.Key, c.Edition ?? template)).ToList();
            if (named.Count == 0 && text != ProactiveTemplate.ContentHeader && ProactiveLabels.Resembling(text) is { } near)
            {
                named.Add(near.Spec);
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ApproximateLabel, Severity.Info,
                    $"表二表头「{row.Cells[i].Text.Trim()}」与格式不完全一致，按「{near.Spec.Label}」读取。", row.Cells[i].Source, new CellRef(TableKind.Proactive)));
            }

            if (named.Count > 0)
            {
                cells.Add(new HeaderCell(named, text, i));
            }
        }

        return cells;
    }

    // The value under each header column: a header cell spans the grid up to the next header cell, and in a table pasted
    // from Word the value rows are cut narrower than the header (a header over two grid columns, its value in the
    // second, an empty cell in the first), so the one filled cell of the span is the value. With none or several
    // filled, the span's first cell is taken, as the header's own position says.
    private static SourceCell?[] CellsUnder(DocumentRow row, List<HeaderColumn> columns)
    {
        var cells = new SourceCell?[columns.Count];
        for (var k = 0; k < columns.Count; k++)
        {
            var start = columns[k].Index;
            var end = k + 1 < columns.Count && columns[k + 1].Index > start ? columns[k + 1].Index : row.Cells.Count;
            int filled = -1, filledCount = 0;
            for (var i = start; i < end; i++)
            {
                if (!Values.CellValueReader.IsBlank(row.Cells[i].Text.Trim()))
                {
                    (filled, filledCount) = (i, filledCount + 1);
                }
            }

            cells[k] = row.Cells[filledCount == 1 ? filled : start];
        }

        return cells;
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

    // A header cell and the columns it names: usually one; two headers run together name two, and the row's own
    // columns in the catalogue (the report's edition first) decide which one the cell is over.
    private sealed record HeaderCell(IReadOnlyList<ColumnSpec> Named, string Text, int Index)
    {
        public HeaderColumn For(string row, TemplateVersion template)
        {
            var other = template == TemplateVersion.V2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
            var spec = Named.Count == 1 ? Named[0]
                : Named.FirstOrDefault(c => RowColumns(row, template).Contains(c.Key)) ?? Named.FirstOrDefault(c => RowColumns(row, other).Contains(c.Key)) ?? Named[0];
            return new HeaderColumn(spec, spec.Kind == CellKind.Money ? HeaderUnit(Text) : 1m, Index);
        }

        private static IEnumerable<string> RowColumns(string row, TemplateVersion edition) =>
            ProactiveTemplate.For(edition).Row(row)?.Columns.Select(c => c.Key) ?? [];
    }

    // 采购总金额（万元）, 本年收费金额（单位：万元）, （单位：元）, （亿元）: one printed unit in 万元.
    private static decimal HeaderUnit(string header) =>
        header.Contains("亿元", StringComparison.Ordinal) ? 10000m
        : header.Contains("万元", StringComparison.Ordinal) ? 1m
        : header.Contains("(元)", StringComparison.Ordinal) || header.Contains(":元", StringComparison.Ordinal) || header.EndsWith("元)", StringComparison.Ordinal) ? 0.0001m
        : 1m;
}
