using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>
/// Turns a sheet's cells into blocks in row order: a run of consecutive rows with ruled (bordered) cells is a table,
/// every other row is text, one paragraph per line. A sheet without any border — a plain list of figures — takes
/// rows with two or more filled cells as its tables instead.
/// </summary>
internal static class SheetBlocks
{
    // A merge larger than this is page decoration (a background block), not a table cell.
    private const int MaxMergeArea = 10_000;

    public static List<Block> Build(WorksheetCells sheet, string file, int page, XlsxReaderLimits limits)
    {
        var covered = new Dictionary<(int Row, int Column), (int Row, int Column)>();
        var ruled = new HashSet<(int Row, int Column)>();
        foreach (var (position, entry) in sheet.Cells)
        {
            if (entry.Ruled)
            {
                ruled.Add(position);
            }
        }

        foreach (var (first, last) in sheet.Merges)
        {
            var area = (long)(last.Row - first.Row + 1) * (last.Column - first.Column + 1);
            if (area > MaxMergeArea)
            {
                continue;
            }

            var positions = Positions(first, last).ToList();
            var isRuled = positions.Any(ruled.Contains);
            foreach (var position in positions)
            {
                if (position != first)
                {
                    covered[position] = first;
                }

                if (isRuled)
                {
                    ruled.Add(position);
                }
            }
        }

        string Text((int Row, int Column) position) =>
            !covered.ContainsKey(position) && sheet.Cells.TryGetValue(position, out var entry) ? entry.Text : "";

        var filledByRow = sheet.Cells.Where(c => c.Value.Text.Length > 0 && !covered.ContainsKey(c.Key))
            .GroupBy(c => c.Key.Row).ToDictionary(g => g.Key, g => g.Select(c => c.Key.Column).Order().ToList());
        var tableRows = ruled.Count > 0
            ? ruled.GroupBy(p => p.Row).ToDictionary(g => g.Key, g => (First: g.Min(p => p.Column), Last: g.Max(p => p.Column)))
            : filledByRow.Where(r => r.Value.Count >= 2).ToDictionary(r => r.Key, r => (First: r.Value[0], Last: r.Value[^1]));

        var blocks = new List<Block>();
        var rows = filledByRow.Keys.Concat(tableRows.Keys).Distinct().Order().ToList();
        for (var i = 0; i < rows.Count;)
        {
            var row = rows[i];
            if (!tableRows.ContainsKey(row))
            {
                var columns = filledByRow[row];
                AddParagraphs(blocks, columns.Select(c => Text((row, c))), new SourceRef(file, row, page), HeadingLevel(sheet, row, columns));
                i++;
                continue;
            }

            // The run of consecutive table rows starting here.
            var end = i;
            while (end + 1 < rows.Count && rows[end + 1] == rows[end] + 1 && tableRows.ContainsKey(rows[end + 1]))
            {
                end++;
            }

            var run = rows[i..(end + 1)];
            var firstColumn = run.Min(r => tableRows[r].First);
            var lastColumn = run.Max(r => tableRows[r].Last);
            if ((long)run.Count * (lastColumn - firstColumn + 1) > limits.MaxTableCells)
            {
                throw new UnreadableInputException($"{file}：第 {page} 个工作表中有一个表格超过 {limits.MaxTableCells} 个单元格，已拒绝。");
            }

            var tableRowsRead = run.Select(r => new SourceRow(
                [.. Enumerable.Range(firstColumn, lastColumn - firstColumn + 1).Select(c => new SourceCell(CellText(Text((r, c))), new SourceRef(file, r, page, c)))],
                new SourceRef(file, r, page))).ToList();
            blocks.Add(new SourceTable(tableRowsRead, new SourceRef(file, run[0], page), IsGrid: true));

            // Text beside the table (a note in a column to its right) follows it.
            foreach (var r in run)
            {
                if (filledByRow.TryGetValue(r, out var columns) && columns.Any(c => c < firstColumn || c > lastColumn))
                {
                    AddParagraphs(blocks, columns.Where(c => c < firstColumn || c > lastColumn).Select(c => Text((r, c))), new SourceRef(file, r, page));
                }
            }

            i = end + 1;
        }

        return blocks;
    }

    // A cell's lines (Alt+Enter) are joined the way wrapped lines of any table cell are.
    private static string CellText(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? WrappedText.Join(text.Split(['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : text.Trim();

    // A text row becomes one paragraph per line of its cells' text (a cell may hold several paragraphs).
    private static void AddParagraphs(List<Block> blocks, IEnumerable<string> texts, SourceRef source, int headingLevel = 0)
    {
        var joined = string.Join(" ", texts.Where(t => t.Length > 0));
        var lines = joined.Replace("\r\n", "\n", StringComparison.Ordinal).Split(['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            // A heading is one line on its own; a cell of several lines in a heading font is text set large.
            blocks.Add(new SourceParagraph(line, source, lines.Length == 1 ? headingLevel : 0));
        }
    }

    // A row of one filled cell whose font marks a heading (the workbook's 黑体 headings, a bold line).
    private static int HeadingLevel(WorksheetCells sheet, int row, List<int> columns) =>
        columns.Count == 1 && sheet.Cells.TryGetValue((row, columns[0]), out var entry) ? entry.HeadingLevel : 0;

    private static IEnumerable<(int Row, int Column)> Positions((int Row, int Column) first, (int Row, int Column) last)
    {
        for (var r = first.Row; r <= last.Row; r++)
        {
            for (var c = first.Column; c <= last.Column; c++)
            {
                yield return (r, c);
            }
        }
    }
}
