using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tables.Proactive;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// Tells which edition a report's tables follow, from their labels: table 二's column headers and rows first
/// (本年制发件数 / 本年处理决定数量 / 本年收费金额 are 2021; 本年新制作数量 / 上一年项目数量 / 采购 are 2019), then
/// table 三's （六） rows. The year is not used: a report in the wrong edition is a finding, not a parse failure.
/// </summary>
internal static class TemplateDetector
{
    private const int MaxHeaderParagraph = 16;

    // The rows that print one 本年处理决定数量 in 2021 (行政许可, 行政处罚, 行政强制).
    private static readonly RowKey[] DecisionRows =
        [.. ProactiveTemplate.V2021.Rows.Where(r => r.Columns.Any(c => c.Id == ProactiveTemplate.Decisions)).Select(r => r.Id)];

    public static TemplateVersion? Detect(IReadOnlyList<DocumentRow> proactiveZone, ReportTable? requests)
    {
        int v2019 = 0, v2021 = 0;
        foreach (var row in proactiveZone)
        {
            // Narrative may mention 制发 or 废止; a short paragraph is a header cell on a line of its own.
            if (row.IsParagraph && row.Cells[0].Text.Length > MaxHeaderParagraph)
            {
                continue;
            }

            CountByShape(row, ref v2019, ref v2021);
            foreach (var cell in row.Cells)
            {
                var text = LabelText.Normalize(cell.Text);
                // Two headers run together in one cell (上一年项目数量本年收费金额) tell an edition only if they agree.
                if (ProactiveLabels.AgreedEdition(text) is { } edition)
                {
                    _ = edition == TemplateVersion.V2019 ? v2019++ : v2021++;
                }
                else if (ProactiveLabels.RowKey(text) is { } key && ProactiveTemplate.Rows2019Only.Contains(key))
                {
                    v2019++;
                }
            }
        }

        if (v2019 != v2021)
        {
            return v2019 > v2021 ? TemplateVersion.V2019 : TemplateVersion.V2021;
        }

        if (requests is not null && (requests[RequestsTemplate.OtherHandling] is not null || requests.Rows.Any(r => RequestsTemplate.IsOtherSubRow(r.Key))))
        {
            return TemplateCompleteness.RequestsLayout(requests, TemplateVersion.V2021);
        }

        return null;
    }

    // Without headers: 行政许可/处罚/强制 print three numbers in 2019 (上一年项目数量, 本年增/减, 处理决定数量), one in 2021.
    private static void CountByShape(DocumentRow row, ref int v2019, ref int v2021)
    {
        var shape = row.Shape;
        if (ProactiveLabels.RowKey(LabelText.Normalize(shape.LabelText)) is { } key && DecisionRows.Contains(key) && shape.NumberCount > 0)
        {
            _ = shape.Values.Count >= 3 ? v2019++ : shape.Values.Count == 1 ? v2021++ : 0;
        }
    }
}
