using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reporting.Html;

namespace Gongkai.PdfCorpus;

/// <summary>
/// The HTML page a browser or Writer/Web prints: our writer's page (<see cref="HtmlReportWriter"/>) with the item's
/// paper, font, table style and page class laid over it, or a text page of paragraphs.
/// </summary>
public static partial class HtmlPages
{
    /// <summary>The page for <paramref name="item"/> of <paramref name="source"/>; <paramref name="disguise"/> applies the Kangxi class's code points.</summary>
    public static string For(CorpusItem item, CorpusSource source, bool disguise)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(source);
        if (source.Lines is { } lines)
        {
            return TextPage(lines, item);
        }

        var document = Documents.ForClass(source.Document!, item.PageClass, disguise);
        var html = HtmlReportWriter.Write(document);
        html = html.Replace("</style>", Css(item) + "</style>", StringComparison.Ordinal);
        if (item.TableStyle == TableStyles.Ruled)
        {
            html = html.Replace("<table class=\"", "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" class=\"", StringComparison.Ordinal);
        }

        if (item.PageClass is PageClasses.SplitRepeatedHeader or PageClasses.SplitNoHeader && Documents.RequestsTableIndex(document) is { } index)
        {
            html = SplitTable(html, index, repeatHeader: item.PageClass == PageClasses.SplitRepeatedHeader);
        }

        if (item.TableStyle == TableStyles.WordPasted)
        {
            html = WordPasted(html);
        }

        return item.PageClass == PageClasses.Portal ? Portal(html, document.Signature) : html;
    }

    /// <summary>A text page: each line a paragraph, tabs and runs of spaces kept as printed.</summary>
    private static string TextPage(IReadOnlyList<string> lines, CorpusItem item)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "")).Append("</title>\n<style>\n")
            .Append("body{margin:0;font:12pt/1.6 serif}\np{margin:0;white-space:pre-wrap}\n").Append(Css(item)).Append("</style>\n</head>\n<body>\n");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(line.Trim().Length == 0 ? "&nbsp;" : E(line)).Append("</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    // Later rules win over the writer's: paper, font, table style, narrow tables.
    private static string Css(CorpusItem item)
    {
        var css = new StringBuilder();
        var paper = PageSizes.Of(item.PageSize);
        css.Append("@page{size:").Append(paper.Css).Append(";margin:20mm 18mm}\n");
        var family = Fonts.Family(item.Font);
        css.Append("body,h1,h2,p,table,td{font-family:\"").Append(family).Append("\",serif !important}\n");
        css.Append(item.TableStyle switch
        {
            TableStyles.Ruled => "td{border:1px solid #000}\n",
            TableStyles.Borderless => "table,td{border:none !important}\n",
            TableStyles.ThreeLine => "table{border-top:1.5pt solid #000;border-bottom:1.5pt solid #000}\ntd{border:none}\nthead tr:last-child td{border-bottom:.75pt solid #000}\n",
            TableStyles.HeaderShaded => "table{border-collapse:separate;border-spacing:2px}\ntd{border:none;background:#eef2f8}\nthead td{background:#c9d6ea}\ntr.caption td{background:#dde5f1}\n",
            TableStyles.CellCss => "table{border-collapse:separate;border-spacing:0}\ntd{border:.5pt solid #000}\n",
            _ => "",
        });
        if (item.PageClass == PageClasses.NarrowColumns)
        {
            css.Append("table{width:60% !important;margin-left:auto;margin-right:auto}\n");
        }

        return css.ToString();
    }

    // A forced break before a row in the middle of table 三's body; without a repeated header its thead becomes a tbody.
    private static string SplitTable(string html, int tableIndex, bool repeatHeader)
    {
        var start = NthIndex(html, "<table", tableIndex);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        var table = html[start..end];
        if (!repeatHeader)
        {
            table = table.Replace("<thead>", "<tbody>", StringComparison.Ordinal).Replace("</thead>", "</tbody>", StringComparison.Ordinal);
        }

        var bodyStart = Math.Max(0, table.IndexOf("</thead>", StringComparison.Ordinal));
        var rows = RowStart().Matches(table[bodyStart..]).Select(m => m.Index + bodyStart).ToList();
        if (rows.Count > 2)
        {
            var at = rows[rows.Count / 2];
            table = table[..at] + "<tr style=\"break-before:page;page-break-before:always\"" + table[(at + 3)..];
        }

        return html[..start] + table + html[end..];
    }

    private static int NthIndex(string text, string value, int n)
    {
        var at = -1;
        for (var i = 0; i <= n; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        }

        return at;
    }

    // Word's "save as web page" / paste into a portal editor: MsoNormalTable, per-cell borders and widths in pt, mso- styles,
    // each cell's text in a MsoNormal paragraph and a styled span.
    private static string WordPasted(string html)
    {
        html = TableOpen().Replace(html, "<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"0\" style=\"width:440pt;border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt\">");
        html = ColWidth().Replace(html, m => "<col style=\"width:" + (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 4.4).ToString("0.#", CultureInfo.InvariantCulture) + "pt\">");
        return Cell().Replace(html, m =>
            $"<td{m.Groups[1].Value} style=\"border:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt\"><p class=\"MsoNormal\" align=\"center\" style=\"text-align:center;text-indent:0\"><span style=\"font-size:10.5pt;mso-bidi-font-size:11pt;mso-ascii-font-family:'Times New Roman'\">{m.Groups[2].Value}<span lang=\"EN-US\"><o:p></o:p></span></span></p></td>");
    }

    // The chrome of a TRS-style portal article: navigation, breadcrumbs, the publication line, share links and footer.
    private static string Portal(string html, string site) => html
        .Replace("<body>\n", $$"""
            <body>
            <div class="top" style="border-bottom:2px solid #b00;padding:4px"><span style="font-size:20pt">{{E(site)}}</span>
            <ul class="nav" style="list-style:none;margin:0;padding:0"><li style="display:inline;margin-right:1em"><a href="/">首页</a></li><li style="display:inline;margin-right:1em"><a href="/zwgk/">政务公开</a></li><li style="display:inline;margin-right:1em"><a href="/hdjl/">互动交流</a></li><li style="display:inline"><a href="/zwfw/">政务服务</a></li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
            <div class="info">发布时间：2023-01-18　来源：办公室　浏览次数：128　【打印】【关闭】</div>

            """, StringComparison.Ordinal)
        .Replace("</body>", $$"""
            <div class="share">分享到：微信 微博</div>
            <div class="footer" style="border-top:1px solid #999;text-align:center;font-size:10pt"><p>主办单位：{{E(site)}}办公室　网站标识码：3701000001　鲁ICP备00000000号</p><p>政府网站找错</p></div>
            </body>
            """, StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("<tr(?=[ >])")]
    private static partial Regex RowStart();

    [GeneratedRegex("<table class=\"[^\"]*\">")]
    private static partial Regex TableOpen();

    [GeneratedRegex("<col style=\"width:([0-9.]+)%\">")]
    private static partial Regex ColWidth();

    [GeneratedRegex("<td([^>]*)>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
