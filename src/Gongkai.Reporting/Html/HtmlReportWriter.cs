using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Html;

/// <summary>
/// Writes a report as one self-contained, print-ready HTML page (no external files): on screen a sheet of A4, in
/// print A4 pages in the format of GB/T 9704 with page numbers, and the official tables with their merged cells
/// (<c>rowspan</c>/<c>colspan</c>), column widths, and header rows repeated on each printed page.
/// </summary>
public static class HtmlReportWriter
{
    // The type area is 156 mm wide; in points, to measure tables in ems of their font.
    private const double TextWidthPoints = 156 / 25.4 * 72;

    /// <summary>The page for <paramref name="document"/>.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n").Append(HtmlStyleSheet.Css).Append("</style>\n</head>\n<body>\n<div class=\"page\">\n");

        // The title's lines as blocks inside one heading: one line of text for readers, two lines on the page.
        html.Append("<h1>");
        foreach (var line in document.TitleLines)
        {
            html.Append("<span>").Append(Lines(line)).Append("</span>");
        }

        html.Append("</h1>\n");
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

        var (nameRight, dateRight) = SignatureIndents.Of(document.Signature, document.Date);
        Signature(html, document.Signature, nameRight, "signature first");
        if (document.Date is { } date)
        {
            Signature(html, date, dateRight, "signature");
        }

        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Writes one official table as an HTML table with its spans, column widths and header.</summary>
    public static void WriteTable(StringBuilder html, LaidOutTable table) => WriteTable(html, table, HtmlTableOptions.Default);

    /// <summary>Writes one official table as <see cref="WriteTable(StringBuilder, LaidOutTable)"/> does, with <paramref name="options"/>' marks and style.</summary>
    public static void WriteTable(StringBuilder html, LaidOutTable table, HtmlTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var dense = TablePlan.IsDense(table);
        var plan = TablePlan.For(table, TextWidthPoints / (dense ? 9 : 10.5));
        var keepWhole = plan.KeepWithNext.Take(table.Rows.Count - 1).All(k => k);
        html.Append("<table class=\"").Append(dense ? "dense" : "regular").Append(keepWhole ? " keep" : "").Append("\">\n<colgroup>");
        var total = plan.Widths.Sum();
        foreach (var width in plan.Widths)
        {
            var percent = (width / total * 100).ToString("0.##", CultureInfo.InvariantCulture);
            html.Append(options.InlineStyles ? "<col style=\"width:" : "<col width=\"").Append(percent).Append("%\">");
        }

        html.Append("</colgroup>\n");
        if (plan.HeaderRows > 0)
        {
            html.Append("<thead>\n");
            for (var r = 0; r < plan.HeaderRows; r++)
            {
                Row(html, table, plan, r, options);
            }

            html.Append("</thead>\n");
        }

        // Row groups: a run of rows kept together is a tbody that does not break; the other rows share a tbody, which a
        // row span (三、本年度办理结果) must not leave.
        var r0 = plan.HeaderRows;
        while (r0 < table.Rows.Count)
        {
            var end = r0;
            while (end < table.Rows.Count - 1 && plan.KeepWithNext[end])
            {
                end++;
            }

            if (end == r0)
            {
                // Rows kept with nothing share one plain row group.
                while (end + 1 < table.Rows.Count && !plan.KeepWithNext[end + 1])
                {
                    end++;
                }
            }

            html.Append(end > r0 && plan.KeepWithNext[r0] ? "<tbody class=\"keep\">\n" : "<tbody>\n");
            for (var r = r0; r <= end; r++)
            {
                Row(html, table, plan, r, options);
            }

            html.Append("</tbody>\n");
            r0 = end + 1;
        }

        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, LaidOutTable table, TablePlan plan, int index, HtmlTableOptions options)
    {
        var row = table.Rows[index];
        var caption = row.Count == 1 && row[0].IsLabel && row[0].ColumnSpan == table.Columns;
        var hasValues = row.Any(c => !c.IsLabel);
        html.Append(caption ? "<tr class=\"caption\">" : "<tr>");
        foreach (var cell in row)
        {
            html.Append("<td");
            var mark = cell.Cell is { } cellRef && options.Mark is { } marker ? marker(cellRef) : null;
            if (plan.Stacked.Contains(cell))
            {
                html.Append(" class=\"stack\"");
            }
            else if (cell.IsLabel && hasValues)
            {
                html.Append(" class=\"label\"");
            }
            else if (mark is not null)
            {
                html.Append(" class=\"").Append(Encode(mark.CssClass)).Append("\" title=\"").Append(Encode(mark.Title)).Append('"');
            }

            if (cell.ColumnSpan > 1)
            {
                html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
            }

            if (cell.RowSpan > 1)
            {
                html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
            }

            var link = cell.Cell is { } linked && !cell.IsLabel && cell.Text.Length > 0 && options.Link is { } linker ? linker(linked) : null;
            var value = !cell.IsLabel && options.ValueHtml is { } valueHtml ? valueHtml(cell) : null;
            html.Append('>');
            if (value is not null)
            {
                html.Append(value);
            }
            else if (link is null)
            {
                html.Append(Lines(cell.Text));
            }
            else
            {
                html.Append("<a class=\"source-link\" href=\"").Append(Encode(link)).Append("\">").Append(Lines(cell.Text)).Append("</a>");
            }

            html.Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static void Signature(StringBuilder html, string text, double rightCharacters, string classes) =>
        html.Append("<p class=\"").Append(classes).Append("\" style=\"padding-right:")
            .Append(rightCharacters.ToString("0.##", CultureInfo.InvariantCulture)).Append("em\">").Append(Encode(text)).Append("</p>\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // A line break in a title or a cell (本年新↵公开数量) is printed as one, not folded into a space.
    private static string Lines(string text) => Encode(text).Replace("\n", "<br>", StringComparison.Ordinal);
}
