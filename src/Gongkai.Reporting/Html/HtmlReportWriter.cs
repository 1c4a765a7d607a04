using System.Net;
using System.Text;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Html;

/// <summary>Writes a report as one self-contained, print-ready HTML page with the official tables (rowspan/colspan).</summary>
public static class HtmlReportWriter
{
    /// <summary>The page for <paramref name="document"/>.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n")
            .Append("body{font-family:\"FangSong\",\"仿宋\",\"Noto Serif CJK SC\",serif;font-size:16pt;line-height:1.8;max-width:210mm;margin:0 auto;padding:20mm 15mm}\n")
            .Append("h1{font-family:\"方正小标宋简体\",\"SimSun\",\"Noto Serif CJK SC\",serif;font-size:22pt;text-align:center;font-weight:normal}\n")
            .Append("h2{font-family:\"黑体\",\"SimHei\",\"Noto Sans CJK SC\",sans-serif;font-size:16pt;font-weight:normal;margin:0.5em 0}\n")
            .Append("p{text-indent:2em;margin:0}\n.signature{text-align:right;text-indent:0}\n")
            .Append("table{border-collapse:collapse;width:100%;font-size:10.5pt;line-height:1.4;margin:0.5em 0;page-break-inside:auto}\n")
            .Append("td,th{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle}\n")
            .Append("@media print{body{padding:0}@page{size:A4;margin:25mm 20mm}}\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Lines(document.Title)).Append("</h1>\n");
        html.Append("<p>").Append(Encode(document.Opening)).Append("</p>\n");
        foreach (var part in document.Parts)
        {
            html.Append("<h2>").Append(Encode(part.Heading)).Append("</h2>\n");
            foreach (var paragraph in part.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }

            if (part.Table is { } table)
            {
                WriteTable(html, table);
            }
        }

        html.Append("<p class=\"signature\">").Append(Encode(document.Signature)).Append("</p>\n");
        if (document.Date is { } date)
        {
            html.Append("<p class=\"signature\">").Append(Encode(date)).Append("</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Writes one official table as an HTML table with its spans.</summary>
    public static void WriteTable(StringBuilder html, LaidOutTable table)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(table);
        html.Append("<table>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td");
                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                html.Append('>').Append(Lines(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // A line break in a title or a cell (本年新↵公开数量) is printed as one, not folded into a space.
    private static string Lines(string text) => Encode(text).Replace("\n", "<br>", StringComparison.Ordinal);
}
