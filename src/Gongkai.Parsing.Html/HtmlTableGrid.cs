using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Html;

/// <summary>
/// An HTML table as a true grid: <c>rowspan</c> and <c>colspan</c> are expanded, a spanning cell's text stays in
/// its first position. A table that holds other tables, or a single column of long text, is page layout, not
/// data, and is read through instead.
/// </summary>
internal static class HtmlTableGrid
{
    private const int MaxColumnSpan = 100;
    private const int MaxRowSpan = 1000;

    public static bool IsDataTable(IHtmlTableElement table) => IsDataTable(table, out _);

    /// <summary>Whether the table holds data; if so, its rows and their cells, for <see cref="Build(TableRowCells[], int)"/>.</summary>
    public static bool IsDataTable(IHtmlTableElement table, out TableRowCells[] rows)
    {
        rows = [];
        if (ContainsTable(table))
        {
            return false;
        }

        rows = Rows(table);
        if (rows.Length == 0)
        {
            return false;
        }

        var maxCells = rows.Max(r => r.Cells.Length);
        return maxCells >= 2 || rows.Length >= 2 && rows.All(r => Tidy(r.Row.TextContent).Length < 40);
    }

    /// <summary>The rows (cell texts and the row element), or null when the table is too large to expand.</summary>
    public static List<(string[] Cells, IElement Row)>? Build(IHtmlTableElement table, int maxCells) => Build(Rows(table), maxCells);

    /// <summary>The rows (cell texts and the row element), or null when the table is too large to expand.</summary>
    public static List<(string[] Cells, IElement Row)>? Build(TableRowCells[] rows, int maxCells)
    {
        var occupied = new List<string?[]>();
        var width = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (At(occupied, r, column) is not null)
                {
                    column++;
                }

                var colspan = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                var rowspan = cell.RowSpan <= 0 ? rows.Length - r : Math.Min(cell.RowSpan, MaxRowSpan);
                rowspan = Math.Min(rowspan, rows.Length - r);
                if ((long)(Math.Max(width, column + colspan)) * Math.Max(occupied.Count, r + rowspan) > maxCells)
                {
                    return null;
                }

                var text = CellText(cell);
                for (var dr = 0; dr < rowspan; dr++)
                {
                    for (var dc = 0; dc < colspan; dc++)
                    {
                        Set(occupied, r + dr, column + dc, dr == 0 && dc == 0 ? text : "");
                    }
                }

                column += colspan;
                width = Math.Max(width, column);
            }
        }

        var result = new List<(string[], IElement)>(rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new string[width];
            for (var c = 0; c < width; c++)
            {
                cells[c] = At(occupied, r, c) ?? "";
            }

            result.Add((cells, rows[r].Row));
        }

        return result;
    }

    /// <summary>Whitespace (including &amp;nbsp; and full-width spaces) collapsed and trimmed.</summary>
    public static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // A cell's text: its paragraphs and lines joined as one label (结果<br>维持 reads 结果维持).
    private static string CellText(IHtmlTableCellElement cell)
    {
        var raw = new StringBuilder();
        Collect(cell, raw);
        var text = raw.ToString();
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return Tidy(text);
        }

        return WrappedText.Join(text.Split('\n').Select(Tidy));
    }

    // Text of the node's subtree; line and paragraph boundaries as '\n'. Iterative: cells can nest deeply.
    private static void Collect(INode root, StringBuilder text)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText data)
            {
                text.Append(data.Data);
                continue;
            }

            if (node is IElement { TagName: "SCRIPT" or "STYLE" })
            {
                continue;
            }

            if (node is IHtmlBreakRowElement or IHtmlParagraphElement or IHtmlDivElement)
            {
                text.Append('\n');
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }
    }

    // Materialised once for both the data-table test and the grid: AngleSharp's row and cell collections are live
    // and walk the tree on every access.
    private static TableRowCells[] Rows(IHtmlTableElement table) =>
        table.Rows.Select(row => new TableRowCells(row, row.Cells.ToArray())).ToArray();

    // Walks sibling links rather than Children, which builds a collection for every element visited.
    private static bool ContainsTable(IElement table)
    {
        var stack = new Stack<IElement>();
        for (var child = table.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is IHtmlTableElement)
            {
                return true;
            }

            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                stack.Push(child);
            }
        }

        return false;
    }

    private static string? At(List<string?[]> rows, int r, int c) => r < rows.Count && c < rows[r].Length ? rows[r][c] : null;

    private static void Set(List<string?[]> rows, int r, int c, string value)
    {
        while (rows.Count <= r)
        {
            rows.Add(new string?[8]);
        }

        if (c >= rows[r].Length)
        {
            var grown = new string?[Math.Max(c + 1, rows[r].Length * 2)];
            rows[r].CopyTo(grown, 0);
            rows[r] = grown;
        }

        rows[r][c] = value;
    }
}
