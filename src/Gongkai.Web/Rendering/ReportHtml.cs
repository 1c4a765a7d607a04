using System.Net;
using System.Text;
using Gongkai.Application.Reports;
using Gongkai.Application.Reviewing;
using Gongkai.Core.Diagnostics;
using Gongkai.Reporting;
using Gongkai.Reporting.Html;
using Gongkai.Store.Reviews;
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
    /// <param name="reviewed">
    /// The findings with their reviews (signed-in users): a dismissed one no longer colours its cell; <see langword="null"/>
    /// to mark every finding of <paramref name="view"/>.
    /// </param>
    public static IHtmlContent Body(ReportView view, Func<string, string>? sourcePath = null, IReadOnlyList<ReviewedFinding>? reviewed = null)
    {
        var document = ReportDocument.From(view.Content);
        var marks = reviewed is null
            ? [.. view.Findings.Select(Marked.Of)]
            : reviewed.Select(Marked.Of).ToList();
        var options = new HtmlTableOptions
        {
            InlineStyles = false,
            Mark = cell => Mark(marks, cell),
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

    // 在线填报's grid marks its inputs the same way (a draft's findings have no reviews).
    internal static HtmlCellMark? Mark(IReadOnlyList<Diagnostic> findings, CellRef cell) => Mark([.. findings.Select(Marked.Of)], cell);

    // A cell's findings: those naming the cell, or its whole row. The cell takes the colour of its worst finding still
    // standing; one whose findings were all dismissed (驳回) is shown neutral and struck, "已驳回" in its title. A
    // confirmed finding stays coloured: it is a problem of the report.
    private static HtmlCellMark? Mark(IReadOnlyList<Marked> findings, CellRef cell)
    {
        var hits = findings
            .Where(f => f.Cells.Any(c => c.Table == cell.Table && c.Row == cell.Row && (c.Column is null || c.Column == cell.Column)))
            .OrderBy(f => f.Dismissed)
            .ThenByDescending(f => f.Severity)
            .ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var title = string.Join("\n", hits.Select(f => $"{(f.Dismissed ? "已驳回 " : "")}{f.Code}（{SeverityNames.Chinese(f.Severity)}）：{f.Message}"));
        return new HtmlCellMark(hits[0].Dismissed ? DismissedClass : SeverityNames.CssClass(hits[0].Severity), title);
    }

    /// <summary>The class of a cell whose findings were all dismissed (site.css: neutral, struck).</summary>
    internal const string DismissedClass = "finding-dismissed";

    // A finding as the table marks it.
    private sealed record Marked(string Code, Severity Severity, string Message, IReadOnlyList<CellRef> Cells, bool Dismissed)
    {
        public static Marked Of(Diagnostic finding) => new(finding.Code, finding.Severity, finding.Message, finding.Cells, Dismissed: false);

        public static Marked Of(ReviewedFinding item) => new(item.Finding.Code, item.Finding.Severity, item.Finding.Message,
            [.. item.Finding.Cells.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CellRef.TryParse).OfType<CellRef>()],
            item.Status == ReviewStatus.Dismissed);
    }

    // Only a value whose reading place is known links to 查看原文 (a report typed in or imported as JSON has none).
    private static bool HasSource(ReportView view, CellRef cell) =>
        cell.Row is not null && cell.Column is not null &&
        view.Content.Table(cell.Table)?.Rows.FirstOrDefault(r => r.Key == cell.Row)?[cell.Column] is { Source.IsKnown: true };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
