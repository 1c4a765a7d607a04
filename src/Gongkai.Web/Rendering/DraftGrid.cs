using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Application.Drafting;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Reporting;
using Gongkai.Reporting.Html;
using Gongkai.Reporting.Layout;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Rendering;

/// <summary>
/// 在线填报's tables: the official layout of 报告详情 (the same <see cref="OfficialTableLayout"/> and table writer, so labels
/// and row keys have one place), each value cell an input named by its canonical path, last year's value beside it,
/// totals read-only (computed on the page from the catalogue's definitions, and again on the server), and cells with a
/// finding marked as 报告详情 marks them.
/// </summary>
internal static class DraftGrid
{
    /// <summary>The name prefix of a cell's form field (<c>c.requests.newReceived.naturalPerson</c>).</summary>
    public const string CellField = "c.";

    /// <summary>The name prefix of a section's form field (<c>s.overview</c>).</summary>
    public const string SectionField = "s.";

    /// <summary>Table <paramref name="kind"/> of the draft as a grid of inputs.</summary>
    public static IHtmlContent Table(DraftView draft, TableKind kind)
    {
        var document = ReportDocument.From(draft.Report);
        var heading = kind switch
        {
            TableKind.Proactive => SectionKind.Proactive,
            TableKind.Requests => SectionKind.Requests,
            _ => SectionKind.Appeals,
        };
        var table = document.Parts.Select(p => p.Table).FirstOrDefault(t => t?.Title == SectionTitles.For(heading).Title);
        if (table is null)
        {
            return HtmlString.Empty;
        }

        var totals = draft.Totals.Select(t => t.Total).ToHashSet();
        var options = new HtmlTableOptions
        {
            InlineStyles = false,
            Mark = cell => ReportHtml.Mark(draft.Findings, cell),
            ValueHtml = cell => cell.Cell is { } at ? Input(draft, at, totals.Contains(at)) : null,
        };
        var html = new StringBuilder("<div class=\"report table-scroll\">\n");
        HtmlReportWriter.WriteTable(html, table, options);
        return new HtmlString(html.Append("</div>\n").ToString());
    }

    /// <summary>The totals as the page's script reads them: each total's path and its parts' paths, in computing order.</summary>
    public static string TotalsJson(DraftView draft) =>
        System.Text.Json.JsonSerializer.Serialize(draft.Totals.Select(t => new { t = t.Total.Path, p = t.Parts.Select(p => p.Path) }));

    private static string Input(DraftView draft, CellRef at, bool isTotal)
    {
        var value = CellText.Of(draft.Report.Table(at.Table)?.CellAt(at.Row!, at.Column!));
        var id = "c-" + at.Path.Replace('.', '-');
        var html = new StringBuilder();
        html.Append("<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" id=\"").Append(id)
            .Append("\" name=\"").Append(Encode(CellField + at.Path))
            .Append("\" data-cell=\"").Append(Encode(at.Path))
            .Append("\" aria-label=\"").Append(Encode(at.Describe() + (isTotal ? "（自动合计）" : "")))
            .Append("\" value=\"").Append(Encode(value)).Append('"');
        if (isTotal)
        {
            html.Append(" class=\"total\" readonly");
        }

        html.Append('>');
        if (draft.PreviousYear?.Table(at.Table)?.CellAt(at.Row!, at.Column!) is { Value: { } last })
        {
            html.Append("<span class=\"last-year\" title=\"上年数值\">上年 ").Append(Encode(last.ToString("0.##", CultureInfo.InvariantCulture))).Append("</span>");
        }

        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
