using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Recognises a file that holds only part of a report — a page of a longer article, a copy that starts inside table
/// 二 and stops inside table 三, table 三 with its heading alone — and says which tables and sections it holds
/// (GK1018), so that the missing ones read as absent from the file rather than from the report.
/// </summary>
internal static class PartialReport
{
    /// <summary>The note when the document is a fragment of a report, or null.</summary>
    /// <param name="rows">The document's rows in reading order.</param>
    /// <param name="headings">The section headings found.</param>
    /// <param name="metadata">The title's and signature's findings.</param>
    /// <param name="zones">The rows each table's zone holds, as the document has them (before rows are joined).</param>
    /// <param name="tables">The tables read, by kind (null: absent).</param>
    public static Diagnostic? Describe(IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings, ReportMetadata metadata,
        IReadOnlyDictionary<TableKind, List<DocumentRow>> zones, IReadOnlyDictionary<TableKind, ReportTable?> tables)
    {
        var present = tables.Where(t => t.Value is not null).Select(t => t.Key).ToList();
        var tableHeadings = headings.Any(h => h.Kind is SectionKind.Proactive or SectionKind.Requests or SectionKind.Appeals);
        if (rows.Count == 0 || present.Count == 0 && !tableHeadings)
        {
            return null;
        }

        if (!StartsInside(headings, metadata) && !EndsInside(rows, headings, metadata, zones))
        {
            return null;
        }

        var held = present.Select(kind => tables[kind]!.Incomplete ? $"{kind.ToDisplayName()}（部分行）" : kind.ToDisplayName()).ToList();
        var sections = headings.Select(h => h.Kind).Distinct().Order().Select(k => k.ToHeading()).ToList();
        var what = string.Join("；", new[]
        {
            held.Count > 0 ? $"表格：{string.Join("、", held)}" : "表格：无",
            sections.Count > 0 ? $"章节：{string.Join("、", sections)}" : "章节标题：无",
        });
        var missing = new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals }.Where(k => !present.Contains(k)).Select(k => k.ToDisplayName()).ToList();
        var rest = missing.Count > 0 ? $"文件中没有的{string.Join("、", missing)}记为空（null），" : "";
        return Diagnostic.Create(DiagnosticCodes.PartialReport, Severity.Warning,
            $"文件只含年度报告的一部分（{what}），已读取其中的内容；{rest}不是报告本身缺少。", rows[0].Source);
    }

    // No title (neither agency nor year) and no 一、总体情况: the file begins after the report's opening.
    private static bool StartsInside(IReadOnlyList<SectionHeading> headings, ReportMetadata metadata) =>
        metadata.Agency is null && metadata.Year is null && headings.All(h => h.Kind != SectionKind.Overview);

    // The last row is a table row of some zone, with no closing sections and no signed date: the file stops inside a table.
    private static bool EndsInside(IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings, ReportMetadata metadata,
        IReadOnlyDictionary<TableKind, List<DocumentRow>> zones)
    {
        var last = rows[^1];
        return !last.IsParagraph && metadata.PublishedOn is null &&
            headings.All(h => h.Kind is not (SectionKind.Problems or SectionKind.Other)) &&
            zones.Values.Any(zone => zone.Count > 0 && ReferenceEquals(zone[^1], last));
    }
}
