using System.Text;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Markdown;

/// <summary>Writes a report as Markdown: headings, paragraphs, and the official tables as pipe tables.</summary>
/// <remarks>
/// Pipe tables cannot merge cells, so a merged label's text is repeated in every grid cell it covers — the way a
/// merged table reads when pasted from Word, and the way the parser reads it back; a merged value is printed once.
/// </remarks>
public static class MarkdownReportWriter
{
    /// <summary>The Markdown for <paramref name="document"/>.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var markdown = new StringBuilder();
        markdown.Append("# ").Append(Inline(document.Title)).Append("\n\n");
        markdown.Append(Inline(document.Opening)).Append("\n\n");
        foreach (var part in document.Parts)
        {
            markdown.Append("## ").Append(Inline(part.Heading)).Append("\n\n");
            foreach (var paragraph in part.Paragraphs)
            {
                markdown.Append(Inline(paragraph)).Append("\n\n");
            }

            if (part.Table is { } table)
            {
                WriteTable(markdown, table);
            }
        }

        markdown.Append(Inline(document.Signature)).Append("\n\n");
        if (document.Date is { } date)
        {
            markdown.Append(Inline(date)).Append('\n');
        }

        return markdown.ToString();
    }

    /// <summary>
    /// Writes one official table as a pipe table, merged cells repeated over the grid cells they cover. No caption:
    /// the section heading above names the table, as in the official format (a caption would read as section text).
    /// </summary>
    public static void WriteTable(StringBuilder markdown, LaidOutTable table)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(table);
        var grid = Expand(table);
        for (var r = 0; r < grid.Length; r++)
        {
            markdown.Append("| ").Append(string.Join(" | ", grid[r].Select(c => Cell(c ?? "")))).Append(" |\n");
            if (r == 0)
            {
                markdown.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", table.Columns))).Append('\n');
            }
        }

        markdown.Append('\n');
    }

    private static string?[][] Expand(LaidOutTable table)
    {
        var grid = table.Rows.Select(_ => new string?[table.Columns]).ToArray();
        foreach (var (cell, row, column) in table.Placed())
        {
            for (var dr = 0; dr < cell.RowSpan && row + dr < grid.Length; dr++)
            {
                for (var dc = 0; dc < cell.ColumnSpan && column + dc < table.Columns; dc++)
                {
                    // A label reads the same in every cell it covers; a value is printed once (a merged
                    // value cell, e.g. 2019's 行政事业性收费 row, would otherwise be counted twice).
                    grid[row + dr][column + dc] = cell.IsLabel || (dr == 0 && dc == 0) ? cell.Text : "";
                }
            }
        }

        return grid;
    }

    // A pipe inside a cell would split it; line breaks would end the row.
    private static string Cell(string text) => Inline(text).Replace("|", "｜", StringComparison.Ordinal);

    // Line breaks would end the block; emphasis and code marks are escaped so that prose keeps its * _ ` and \, and a
    // leading # would make a heading. < > & are written as entities: Markdown passes raw HTML through, so a
    // <script> in an agency's text would otherwise run wherever the file is shown (the parser decodes them back).
    private static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`')
            {
                escaped.Append('\\');
            }

            escaped.Append(c switch { '\r' => "", '\n' => " ", '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => c.ToString() });
        }

        return escaped.Length > 0 && escaped[0] == '#' ? "\\" + escaped : escaped.ToString();
    }
}
