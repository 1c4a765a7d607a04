using System.Net;
using System.Text;
using Gongkai.Application.Reports;
using Gongkai.Core.Diagnostics;
using Gongkai.Reporting;
using Gongkai.Reporting.Html;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Rendering;

/// <summary>
/// A report's body for 报告详情: the six sections' text and the three tables in the official layout (the same
/// layout and writer as the rendered HTML report), each value cell with a finding coloured by its worst severity
/// and the findings in its title. No inline style: the page's Content-Security-Policy forbids it.
/// </summary>
internal static class ReportHtml
{
    /// <param name="view">The report.</param>
    /// <param name="sourcePath">查看原文's address for a value path, for users who may open it; <see langword="null"/> for no links.</param>
    public static IHtmlContent Body(ReportView view, Func<string, string>? sourcePath = null)
    {
        var document = ReportDocument.From(view.Content);
        var options = new HtmlTableOptions
        {
            InlineStyles = false,
            Mark = cell => Mark(view.Findings, cell),
            Link = sourcePath is null ? null : cell => HasSource(view, cell) ? sourcePath(cell.Path) : null,
        };
        var html = new StringBuilder();
        html.Append("<div class=\"report\">\n<p class=\"opening\">").Append(Encode(document.Opening)).Append("</p>\n");
        foreach (var part in document.Parts)
        {
            html.Append("<section>\n<h3>").Append(Encode(part.Heading)).Append("</h3>\n");
            foreach (var paragraph in part.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }

            if (part.Table is { } table)
            {
                html.Append("<div class=\"table-scroll\">\n");
                HtmlReportWriter.WriteTable(html, table, options);
                html.Append("</div>\n");
            }

            html.Append("</section>\n");
        }

        return new HtmlString(html.Append("</div>\n").ToString());
    }

    // A cell's findings: those naming the cell, or its whole row (在线填报's grid marks its inputs the same way).
    internal static HtmlCellMark? Mark(IReadOnlyList<Diagnostic> findings, CellRef cell)
    {
        var hits = findings
            .Where(f => f.Cells.Any(c => c.Table == cell.Table && c.Row == cell.Row && (c.Column is null || c.Column == cell.Column)))
            .OrderByDescending(f => f.Severity)
            .ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var title = string.Join("\n", hits.Select(f => $"{f.Code}（{SeverityNames.Chinese(f.Severity)}）：{f.Message}"));
        return new HtmlCellMark(SeverityNames.CssClass(hits[0].Severity), title);
    }

    // Only a value whose reading place is known links to 查看原文 (a report typed in or imported as JSON has none).
    private static bool HasSource(ReportView view, CellRef cell) =>
        cell.Row is not null && cell.Column is not null &&
        view.Content.Table(cell.Table)?.Rows.FirstOrDefault(r => r.Key == cell.Row)?[cell.Column] is { Source.IsKnown: true };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
