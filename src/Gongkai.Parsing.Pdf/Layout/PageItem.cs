using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Something on a page with its top edge, for putting the page's text and tables in reading order.</summary>
internal abstract record PageItem(double Top);

/// <summary>A line of body text (or several, merged into a paragraph); <paramref name="Bottom"/> is its first line's, <paramref name="End"/> its last line's.</summary>
internal sealed record TextItem(double Top, double Bottom, double Left, double Right, double FontSize, string Text, List<(string Text, double Left, double Right)> Cells, double End) : PageItem(Top);

/// <summary>A ruled table: its grid rows of cell texts, and of cell rectangles when the strategy gives them.</summary>
internal sealed record TableItem(double Top, string[][] Cells, Box[][]? Boxes = null) : PageItem(Top);

/// <summary>A picture that carries no text layer (a scanned table, a stamp).</summary>
internal sealed record ImageItem(double Top, string Description) : PageItem(Top);

/// <summary>Turns page items into document blocks with sources.</summary>
internal static class PageItems
{
    public static void AddBlocks(IEnumerable<PageItem> items, string file, int page, List<Block> blocks)
    {
        var line = 0;
        List<SourceRow>? rows = null;
        void FlushRows()
        {
            if (rows is { Count: > 0 })
            {
                blocks.Add(new SourceTable(rows, rows[0].Source));
            }

            rows = null;
        }

        foreach (var item in items.OrderByDescending(i => i.Top))
        {
            switch (item)
            {
                case TextItem { Cells.Count: > 1 } text:
                    var rowSource = new Core.Model.SourceRef(file, ++line, page);
                    // A cell of a table without rules: its glyphs' extent on the line.
                    (rows ??= []).Add(new SourceRow(text.Cells.Select((c, i) => new SourceCell(c.Text, rowSource with { Cell = i + 1, Box = new SourceBox(c.Left, text.Bottom, c.Right, text.Top) })).ToList(), rowSource));
                    break;
                case TextItem text:
                    FlushRows();
                    // The paragraph's extent on the page: a figure stated in the text is shown where its paragraph is printed.
                    blocks.Add(new SourceParagraph(text.Text, new Core.Model.SourceRef(file, ++line, page, Box: new SourceBox(text.Left, text.End, text.Right, text.Top))));
                    break;
                case TableItem table:
                    FlushRows();
                    var tableRows = new List<SourceRow>(table.Cells.Length);
                    for (var r = 0; r < table.Cells.Length; r++)
                    {
                        var source = new Core.Model.SourceRef(file, ++line, page);
                        var boxes = table.Boxes?[r];
                        tableRows.Add(new SourceRow(table.Cells[r].Select((c, i) => new SourceCell(c, source with { Cell = i + 1, Box = boxes is null ? null : ToSource(boxes[i]) })).ToList(), source));
                    }

                    blocks.Add(new SourceTable(tableRows, tableRows[0].Source, IsGrid: true));
                    break;
                case ImageItem image:
                    FlushRows();
                    blocks.Add(new SourceImage(image.Description, new Core.Model.SourceRef(file, ++line, page)));
                    break;
            }
        }

        FlushRows();
    }

    private static SourceBox ToSource(Box box) => new(box.Left, box.Bottom, box.Right, box.Top);
}
