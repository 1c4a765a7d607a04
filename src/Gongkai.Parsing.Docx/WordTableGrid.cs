using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Parsing.Input;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// A Word table as a true grid: cells spanning columns (<c>gridSpan</c>) and rows (<c>vMerge</c>) keep their text
/// in their first position, the positions they cover are empty, and <c>gridBefore</c>/<c>gridAfter</c> leave
/// empty positions. Tables nested in cells are returned to be read after this one.
/// </summary>
internal static class WordTableGrid
{
    private const int MaxSpan = 64;

    public static List<string[]> Build(Table table, string file, DocxReaderLimits limits, List<Table> nested, List<TextBoxContent> textBoxes)
    {
        var rows = new List<List<string>>();
        foreach (var row in Rows(table))
        {
            var cells = new List<string>();
            Pad(cells, row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in Cells(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var merge = properties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue) ||
                                properties?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue;
                cells.Add(continued ? "" : CellText(cell, nested, textBoxes));
                Pad(cells, span - 1);
            }

            rows.Add(cells);
            if ((long)rows.Count * Math.Max(1, rows.Max(r => r.Count)) > limits.MaxTableCells)
            {
                throw new UnreadableInputException($"{file}：表格超过 {limits.MaxTableCells} 个单元格，已拒绝。");
            }
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        return rows.Select(r => { Pad(r, width - r.Count); return r.ToArray(); }).ToList();
    }

    // Rows, including those wrapped in content controls.
    private static IEnumerable<TableRow> Rows(Table table) =>
        table.ChildElements.SelectMany(child => child is TableRow row ? [row] : child.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table));

    private static IEnumerable<TableCell> Cells(TableRow row) =>
        row.ChildElements.SelectMany(child => child is TableCell cell ? [cell] : child is SdtCell sdt ? sdt.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row) : []);

    // The cell's paragraphs joined (a wrapped label such as 结果 / 维持 becomes one), nested tables set aside.
    private static string CellText(TableCell cell, List<Table> nested, List<TextBoxContent> textBoxes)
    {
        var pieces = new List<string>();
        foreach (var child in cell.ChildElements)
        {
            if (child is Table inner)
            {
                nested.Add(inner);
            }
            else if (child is not TableCellProperties)
            {
                pieces.Add(WordText.Of(child, textBoxes));
            }
        }

        return WordText.Join(pieces.SelectMany(p => p.Split('\n')));
    }

    private static void Pad(List<string> cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            cells.Add("");
        }
    }
}
