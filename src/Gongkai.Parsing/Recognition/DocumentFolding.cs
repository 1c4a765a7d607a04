using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Applies <see cref="CodePointFolding"/> to every paragraph and cell of a document, once, before recognition, so
/// that every reader's output is matched and stated in standard characters. What the file holds stays in
/// <see cref="SourceCell.Printed"/> and <see cref="SourceParagraph.Printed"/> (a cell's <c>raw</c>).
/// </summary>
internal static class DocumentFolding
{
    /// <summary>The document with its text folded and a GK1009 note added when it had look-alike code points; the same instance when it had none.</summary>
    public static SourceDocument Fold(SourceDocument document)
    {
        var tally = new FoldingTally();
        List<Block>? blocks = null;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            var folded = block switch
            {
                SourceParagraph paragraph => Fold(paragraph, tally),
                SourceTable table => Fold(table, tally),
                _ => block,
            };
            if (blocks is null && !ReferenceEquals(folded, block))
            {
                blocks = new List<Block>(document.Blocks.Count);
                blocks.AddRange(document.Blocks.Take(i));
            }

            blocks?.Add(folded);
        }

        var note = tally.ToDiagnostic();
        if (blocks is null && note is null)
        {
            return document;
        }

        return document with
        {
            Blocks = blocks ?? document.Blocks,
            Diagnostics = note is null ? document.Diagnostics : [.. document.Diagnostics, note],
        };
    }

    private static SourceParagraph Fold(SourceParagraph paragraph, FoldingTally tally)
    {
        var text = CodePointFolding.Fold(paragraph.Text, tally, paragraph.Source);
        return ReferenceEquals(text, paragraph.Text) ? paragraph : paragraph with { Text = text, Printed = paragraph.Printed };
    }

    private static SourceTable Fold(SourceTable table, FoldingTally tally)
    {
        List<SourceRow>? rows = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var folded = Fold(row, tally);
            if (rows is null && !ReferenceEquals(folded, row))
            {
                rows = new List<SourceRow>(table.Rows.Count);
                rows.AddRange(table.Rows.Take(r));
            }

            rows?.Add(folded);
        }

        return rows is null ? table : table with { Rows = rows };
    }

    private static SourceRow Fold(SourceRow row, FoldingTally tally)
    {
        SourceCell[]? cells = null;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var text = CodePointFolding.Fold(cell.Text, tally, cell.Source);
            if (!ReferenceEquals(text, cell.Text))
            {
                cells ??= [.. row.Cells];
                cells[c] = cell with { Text = text, Printed = cell.Printed };
            }
        }

        return cells is null ? row : row with { Cells = cells };
    }
}
