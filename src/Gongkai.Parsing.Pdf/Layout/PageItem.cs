using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Something on a page with its top edge, for putting the page's text and tables in reading order.</summary>
internal abstract record PageItem(double Top);

/// <summary>A line of body text (or several, merged into a paragraph).</summary>
internal sealed record TextItem(double Top, double Left, double Right, double FontSize, string Text, List<(string Text, double Left, double Right)> Cells) : PageItem(Top);

/// <summary>A ruled table: its grid rows of cell texts.</summary>
internal sealed record TableItem(double Top, string[][] Cells) : PageItem(Top);

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
                    (rows ??= []).Add(new SourceRow(text.Cells.Select((c, i) => new SourceCell(c.Text, rowSource with { Cell = i + 1 })).ToList(), rowSource));
                    break;
                case TextItem text:
                    FlushRows();
                    blocks.Add(new SourceParagraph(text.Text, new Core.Model.SourceRef(file, ++line, page)));
                    break;
                case TableItem table:
                    FlushRows();
                    var tableRows = new List<SourceRow>(table.Cells.Length);
                    foreach (var cells in table.Cells)
                    {
                        var source = new Core.Model.SourceRef(file, ++line, page);
                        tableRows.Add(new SourceRow(cells.Select((c, i) => new SourceCell(c, source with { Cell = i + 1 })).ToList(), source));
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
}
