using System.Text.RegularExpressions;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>
/// Reads the layouts with one table row per line: text extracted from PDF (cells separated by tabs or runs of
/// spaces) and Markdown-like text (<c>#</c> headings, pipe- or tab-separated rows).
/// </summary>
internal static partial class RowTextReader
{
    // Longer than any label of tables 二–四 printed in one cell on one line.
    private const int MaxLabelCell = 40;

    public static List<Block> Read(IReadOnlyList<TextLine> lines, string file, bool markdown)
    {
        var blocks = new List<Block>();
        var table = new List<SourceRow>();
        var pipeTable = false;
        foreach (var line in lines)
        {
            if (line.IsBlank || PageFurniture.IsPageNumber(line.Text))
            {
                continue;
            }

            var source = new SourceRef(file, line.Number, line.Page);
            var cells = markdown ? MarkdownCells(line.Text) : PlainCells(line.Text);
            if (cells is null)
            {
                if (markdown && MarkdownSyntax.IsPipeRow(line.Text))
                {
                    continue; // the |---|---| delimiter row
                }

                Flush(blocks, table, pipeTable);
                var level = markdown ? MarkdownSyntax.HeadingLevel(line.Text) : 0;
                var text = level > 0 ? line.Text.TrimStart('#') : line.Text;
                blocks.Add(new SourceParagraph(Tidy(text, markdown), source, level));
                continue;
            }

            var isPipe = markdown && MarkdownSyntax.IsPipeRow(line.Text);
            if (isPipe != pipeTable)
            {
                Flush(blocks, table, pipeTable);
                pipeTable = isPipe;
            }

            var row = new List<SourceCell>(cells.Count);
            foreach (var cell in cells)
            {
                row.Add(new SourceCell(Tidy(cell, markdown), source with { Cell = row.Count + 1 }));
            }

            table.Add(new SourceRow(row, source));
        }

        Flush(blocks, table, pipeTable);
        return blocks;
    }

    // Tab-separated cells; pipe-separated cells without the outer pipes; else cells separated by runs of two or
    // more spaces when the line looks tabular.
    private static List<string>? PlainCells(string text)
    {
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return [.. text.Split('\t')];
        }

        var piped = text.AsSpan().IndexOfAny('|', '｜') >= 0;
        if (!piped && !text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            // No wide separator: a paragraph (most lines of a report), unless the line is only numbers separated by
            // single spaces, which is how PyMuPDF and pdftotext without -layout print a table's row of figures.
            return NumberRow(text);
        }

        var parts = piped ? text.Trim().Trim('|', '｜').Split('|', '｜') : SpaceRun().Split(text.Trim());
        if (parts.Length < 2)
        {
            return null;
        }

        var values = parts.Count(p => CellValueReader.IsValueLike(p));
        var shortCells = parts.All(p => p.Trim().Length <= 16);
        if (values == 1 && parts.Any(IsSentence))
        {
            return null; // "本年度共收到政府信息公开申请  32件": a sentence ending in a figure, not a table row
        }

        return values >= 1 || (shortCells && parts.Length >= 3) ? [.. parts.Select(p => p.Trim())] : null;
    }

    // "18 4 0 1 1 0 24": two or more single-space separated figures and nothing else. A digit test on the first
    // character keeps the check off the prose lines.
    private static List<string>? NumberRow(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 3 || !(char.IsAsciiDigit(trimmed[0]) || trimmed[0] is '+' or '-') || trimmed.IndexOf(' ') < 0)
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            if (!CellValueReader.IsValueLike(part) || !char.IsAsciiDigit(part[^1]))
            {
                return null;
            }
        }

        return [.. parts];
    }

    private static List<string>? MarkdownCells(string text)
    {
        if (MarkdownSyntax.IsPipeRow(text))
        {
            return MarkdownSyntax.IsDelimiterRow(text) ? null : MarkdownSyntax.SplitPipeRow(text);
        }

        return MarkdownSyntax.HeadingLevel(text) > 0 ? null : PlainCells(text);
    }

    private static bool IsSentence(string text) =>
        text.Trim().Length > MaxLabelCell || text.AsSpan().IndexOfAny("，。；：,;") >= 0;

    private static string Tidy(string text, bool markdown) => (markdown ? MarkdownSyntax.StripInline(text) : text).Trim();

    // A pipe table is a grid: short rows are padded with empty cells, as Markdown renders them.
    private static void Flush(List<Block> blocks, List<SourceRow> table, bool grid)
    {
        if (table.Count == 0)
        {
            return;
        }

        var rows = table.ToList();
        if (grid)
        {
            var width = rows.Max(r => r.Cells.Count);
            rows = rows.Select(r => r.Cells.Count == width ? r : r with
            {
                Cells = [.. r.Cells, .. Enumerable.Range(r.Cells.Count + 1, width - r.Cells.Count).Select(c => new SourceCell("", r.Source with { Cell = c }))],
            }).ToList();
        }

        blocks.Add(new SourceTable(rows, rows[0].Source, grid));
        table.Clear();
    }

    [GeneratedRegex(@"(?:[ \u3000]{2,})")]
    private static partial Regex SpaceRun();
}
