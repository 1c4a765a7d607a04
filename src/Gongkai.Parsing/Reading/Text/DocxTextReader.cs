using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>
/// Reads text extracted from DOCX: paragraphs are plain lines; each table cell is on a line beginning with a tab,
/// a cell's text may continue on following lines without a tab, and rows are separated by one blank line.
/// </summary>
/// <remarks>
/// A cell that itself holds an empty paragraph splits a row with one blank line (corpus 001: 结果 / 维持); a group of
/// lines that starts with a short untabbed fragment right after a row, followed by tabbed cells, is read as the
/// rest of that row.
/// </remarks>
internal static class DocxTextReader
{
    private const int MaxContinuationLength = 12;

    public static List<Block> Read(IReadOnlyList<TextLine> lines, string file)
    {
        var blocks = new List<Block>();
        var table = new List<SourceRow>();
        var blanks = 2;
        var i = 0;
        while (i < lines.Count)
        {
            if (IsRowBreak(lines[i]))
            {
                blanks++;
                i++;
                continue;
            }

            var end = i;
            while (end < lines.Count && !IsRowBreak(lines[end]))
            {
                end++;
            }

            ReadGroup(lines, i, end, blanks, file, blocks, table);
            blanks = 0;
            i = end;
        }

        Flush(blocks, table);
        return blocks;
    }

    private static void ReadGroup(IReadOnlyList<TextLine> lines, int start, int end, int blanksBefore, string file, List<Block> blocks, List<SourceRow> table)
    {
        var firstTab = start;
        while (firstTab < end && !IsCellLine(lines[firstTab]))
        {
            firstTab++;
        }

        if (firstTab > start && firstTab < end && table.Count > 0 && blanksBefore == 1 && IsContinuation(lines, start, firstTab))
        {
            // The rest of the previous row, split by an empty paragraph inside one of its cells.
            var previous = table[^1];
            var cells = previous.Cells.ToList();
            var last = cells[^1];
            for (var k = start; k < firstTab; k++)
            {
                last = last with { Text = WrappedText.Join(last.Text, lines[k].Text) };
            }

            cells[^1] = last;
            table[^1] = previous with { Cells = ReadCells(lines, firstTab, end, file, cells) };
            return;
        }

        if (firstTab > start)
        {
            Flush(blocks, table);
            for (var k = start; k < firstTab; k++)
            {
                blocks.Add(new SourceParagraph(lines[k].Text.Trim(), new SourceRef(file, lines[k].Number)));
            }
        }

        if (firstTab < end)
        {
            var row = ReadCells(lines, firstTab, end, file, []);
            table.Add(new SourceRow(row, row[0].Source with { Cell = 0 }));
        }
    }

    // Cells from tab-led lines; untabbed lines continue the cell before them.
    private static List<SourceCell> ReadCells(IReadOnlyList<TextLine> lines, int start, int end, string file, List<SourceCell> cells)
    {
        for (var k = start; k < end; k++)
        {
            var line = lines[k];
            if (IsCellLine(line))
            {
                // A tab inside a cell line separates further cells of the same row.
                foreach (var part in line.Text[1..].Split('\t'))
                {
                    cells.Add(new SourceCell(part.Trim(), new SourceRef(file, line.Number, 0, cells.Count + 1)));
                }
            }
            else if (cells.Count > 0)
            {
                cells[^1] = cells[^1] with { Text = WrappedText.Join(cells[^1].Text, line.Text) };
            }
        }

        return cells;
    }

    private static bool IsContinuation(IReadOnlyList<TextLine> lines, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var text = lines[k].Text.Trim();
            if (text.Length > MaxContinuationLength || text.EndsWith('：') || text.EndsWith('。') || text.EndsWith(':'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCellLine(TextLine line) => line.Text.Length > 0 && line.Text[0] == '\t';

    // A blank line separates rows; a line holding only a tab is an empty cell, not a blank line.
    private static bool IsRowBreak(TextLine line) => line.IsBlank && !line.Text.Contains('\t', StringComparison.Ordinal);

    private static void Flush(List<Block> blocks, List<SourceRow> table)
    {
        if (table.Count > 0)
        {
            blocks.Add(new SourceTable(table.ToList(), table[0].Source));
            table.Clear();
        }
    }
}
