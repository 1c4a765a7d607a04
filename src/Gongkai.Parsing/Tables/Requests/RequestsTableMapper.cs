using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables.Requests;

/// <summary>Maps the rows of table 三's zone to the template rows (收到和处理政府信息公开申请情况).</summary>
/// <remarks>
/// Rows are recognised by their labels and numbering, not position. A label printed alone on one line and its
/// values on the next (PDF text) are joined; header rows are skipped; a row repeated after a page break is kept once.
/// </remarks>
internal static class RequestsTableMapper
{
    private const int ColumnCount = 7;

    // The header's group labels and the applicant columns' own labels (其他 and 总计 also name rows).
    private static readonly string[] HeaderWords =
    [
        "勾稽", RequestsTemplate.ApplicantsHeader, RequestsTemplate.OrganisationsHeader,
        .. RequestsTemplate.Columns.Where(c => c.Id != RequestsTemplate.OtherApplicants && c.Id != RequestsTemplate.TotalColumn).Select(c => c.Label),
    ];

    private static readonly IReadOnlyList<string> CanonicalOrder =
    [
        RequestsTemplate.NewReceived, RequestsTemplate.CarriedOver,
        .. RequestsTemplate.CommonOutcomes.Select(r => r.Key),
        .. RequestsTemplate.OtherRows2019.Select(r => r.Key),
        .. RequestsTemplate.OtherRows2021.Select(r => r.Key),
        RequestsTemplate.Total, RequestsTemplate.CarriedForward,
    ];

    /// <summary>The text of table 三's own equations, as the reasons of inferred cells name them.</summary>
    public const string RowEquationText = "本行总计＝各申请人列之和";

    /// <summary>The column balances of table 三, as the reasons of inferred cells name them.</summary>
    public const string TableEquationText = "表三各列勾稽关系（第一项加第二项等于第三项加第四项，（七）总计等于各项办理结果之和）";

    /// <param name="zone">The zone's rows.</param>
    /// <param name="repeatsDropped">Whether the document printed a run of equal cells once (<c>SourceDocument.RepeatsDropped</c>).</param>
    public static MappedTable Map(IReadOnlyList<DocumentRow> zone, bool repeatsDropped = false)
    {
        var diagnostics = new List<Diagnostic>();
        var matcher = new RequestsRowMatcher();
        var rows = new Dictionary<string, RowReadings>();
        var gridStarts = new Dictionary<int, int>();
        (string Text, Core.Model.SourceRef Source)? pending = null;
        foreach (var row in zone)
        {
            var plain = row.Shape;
            if (plain.NumberCount == 0 && IsHeader(plain.LabelText))
            {
                RememberGridStart(row, gridStarts);
                pending = null;
                continue;
            }

            var shape = row.IsGridRow && row.GridWidth > ColumnCount
                ? RowShape.At(row.Cells, GridStart(row, gridStarts))
                : plain;

            // 一、本年新收…2000002: the values glued to the label, split by the glued-digits rule.
            var glued = shape.HasLabel && shape.Values.Count == 0 ? GluedDigits.TrailingRun(shape.Labels[^1], ColumnCount) : null;
            IReadOnlyList<SourceCell> values = glued is null ? shape.Values : [glued];
            if (shape.HasLabel && values.Count == 0)
            {
                matcher.Observe(shape.LabelText);
                pending = pending is { } p && matcher.Match(shape.LabelText).Key is null ? (p.Text + shape.LabelText, p.Source) : (shape.LabelText, row.Source);
                continue;
            }

            var label = glued is null ? shape.LabelText : shape.LabelText.TrimEnd()[..^glued.Text.Length];
            var source = row.Source;
            if (!shape.HasLabel)
            {
                if (pending is not { } owner || shape.NumberCount < 2 && !GluedDigits.IsGluedRun(values, ColumnCount))
                {
                    continue;
                }

                (label, source) = owner;
            }

            var (key, approximate) = matcher.Match(label);
            if (key is null && pending is { } before)
            {
                (key, approximate) = matcher.Match(before.Text + label);
            }

            pending = null;
            if (key is null)
            {
                if (shape.NumberCount > 0 && row.Cells.Count > 1)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticCodes.UnrecognizedRow, Severity.Info, $"表三中的一行「{Shorten(label)}」不是模板中的行，已忽略。", source));
                }

                continue;
            }

            if (approximate)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ApproximateLabel, Severity.Info,
                    $"表三行名「{Shorten(label)}」与模板不完全一致，按「{TemplateLabels.RowLabel(TableKind.Requests, key)}」读取。", source, new CellRef(TableKind.Requests, key)));
            }

            var readings = glued is not null || GluedDigits.IsGluedRun(values, ColumnCount)
                ? GluedDigits.Readings(key, RequestsTemplate.Columns, values[0], source, InferredRows.TotalIsLast)
                : row.IsGridRow && GridValues(shape) is { } gridValues
                ? new RowReadings(key, RequestsTemplate.Columns, gridValues, source)
                : InferredRows.Create(key, RequestsTemplate.Columns, values, source, repeatsDropped, InferredRows.TotalIsLast);
            if (!rows.TryAdd(key, readings))
            {
                ReportDuplicate(rows[key], readings, diagnostics);
            }
        }

        if (rows.Count == 0)
        {
            return new MappedTable(null, diagnostics);
        }

        DropEmptyOtherRow(rows);
        var ordered = CanonicalOrder.Where(rows.ContainsKey).Select(k => rows[k]).ToList();
        RequestsBalance.Choose(ordered);
        InferredRows.Explain(ordered, RowEquationText, TableEquationText);
        var tableRows = ordered.Select(r => TableAssembler.BuildRow(TableKind.Requests, r, diagnostics)).ToList();
        InferenceDiagnostics.Report(TableKind.Requests, ordered, tableRows, diagnostics);
        return new MappedTable(new ReportTable { Kind = TableKind.Requests, Rows = tableRows, Source = ordered[0].Source }, diagnostics);
    }

    // In a grid, the value columns start at the 自然人 header cell.
    private static void RememberGridStart(DocumentRow row, Dictionary<int, int> gridStarts)
    {
        if (!row.IsGridRow)
        {
            return;
        }

        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (LabelText.Normalize(row.Cells[i].Text) == "自然人" && i + ColumnCount <= row.GridWidth)
            {
                gridStarts[row.GridWidth] = i;
            }
        }
    }

    // The value columns of a grid row: from the 自然人 header cell, or the grid's last columns. A header row shifted
    // one cell to the right (pdfplumber and marker tables that carry an extra empty cell at the end of every row)
    // shows in the first value row: a figure stands just before the header's first value column while the header's
    // last one is empty. The shift is then kept for the rest of the grid.
    private static int GridStart(DocumentRow row, Dictionary<int, int> gridStarts)
    {
        if (!gridStarts.TryGetValue(row.GridWidth, out var start))
        {
            return row.GridWidth - ColumnCount;
        }

        var cells = row.Cells;
        if (start > 0 && start + ColumnCount <= cells.Count &&
            CellValueReader.IsValueLike(cells[start - 1].Text) && CellValueReader.IsBlank(cells[start + ColumnCount - 1].Text))
        {
            gridStarts[row.GridWidth] = --start;
        }

        return start;
    }

    // A grid row's seven values; empty cells after them (an extra empty cell closing every row) are not values.
    private static SourceCell?[]? GridValues(RowShape shape)
    {
        var values = shape.Values;
        if (values.Count < ColumnCount)
        {
            return null;
        }

        for (var i = ColumnCount; i < values.Count; i++)
        {
            if (!CellValueReader.IsBlank(values[i].Text))
            {
                return null;
            }
        }

        return [.. values.Take(ColumnCount)];
    }

    private static bool IsHeader(string label) => HeaderWords.Any(w => label.Contains(w, StringComparison.Ordinal));

    // A 2021 table's （六）其他处理 group line, printed with empty cells, is a heading over its three sub-rows.
    private static void DropEmptyOtherRow(Dictionary<string, RowReadings> rows)
    {
        if (rows.TryGetValue(RequestsTemplate.OtherHandling, out var other) && rows.Keys.Any(RequestsTemplate.IsOtherSubRow) &&
            other.Numbers.All(reading => reading.All(v => v is null)))
        {
            rows.Remove(RequestsTemplate.OtherHandling);
        }
    }

    private static void ReportDuplicate(RowReadings first, RowReadings again, List<Diagnostic> diagnostics)
    {
        if (!first.Numbers[0].SequenceEqual(again.Numbers[0]))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateRow, Severity.Warning,
                $"表三「{TemplateLabels.RowLabel(TableKind.Requests, first.Key)}」行出现两次且数值不同，已采用第一次（{first.Source.Describe()}）的数值。",
                again.Source, new CellRef(TableKind.Requests, first.Key)));
        }
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
