using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// A row of the flattened document: a table row, or a paragraph as a one-cell row. Recognisers read the
/// document as one sequence of these, so that a table broken by a page, a sidebar or a heading is still one table.
/// </summary>
internal sealed record DocumentRow(IReadOnlyList<SourceCell> Cells, SourceRef Source, SourceParagraph? Paragraph, int GridWidth = 0, SourceImage? Image = null)
{
    private RowShape? _shape;

    /// <summary>The row split into labels and values after its last label cell (computed once).</summary>
    public RowShape Shape => _shape ??= RowShape.Of(Cells);

    /// <summary>Whether the row is a paragraph outside any table.</summary>
    public bool IsParagraph => Paragraph is not null;

    /// <summary>Whether the row belongs to a true grid (<see cref="SourceTable.IsGrid"/>), so cell positions are columns.</summary>
    public bool IsGridRow => GridWidth > 0 && Cells.Count == GridWidth;

    /// <summary>The document in reading order as rows.</summary>
    public static List<DocumentRow> Flatten(SourceDocument document)
    {
        var rows = new List<DocumentRow>(document.Blocks.Sum(b => b is SourceTable table ? table.Rows.Count : 1));
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SourceParagraph paragraph:
                    rows.Add(new DocumentRow([new SourceCell(paragraph.Text, paragraph.Source) { Printed = paragraph.Printed }], paragraph.Source, paragraph));
                    break;
                case SourceImage image:
                    rows.Add(new DocumentRow([new SourceCell("", image.Source)], image.Source, null, 0, image));
                    break;
                case SourceTable table:
                    foreach (var row in table.Rows)
                    {
                        rows.Add(new DocumentRow(row.Cells, row.Source, null, table.Width));
                    }

                    break;
            }
        }

        return rows;
    }
}
