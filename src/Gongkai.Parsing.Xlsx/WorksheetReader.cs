using System.Globalization;
using System.Xml;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>One sheet's non-empty or ruled cells, with merged ranges and whether each cell's style draws a border.</summary>
internal sealed record WorksheetCells(Dictionary<(int Row, int Column), WorksheetCells.Entry> Cells, List<((int Row, int Column) First, (int Row, int Column) Last)> Merges)
{
    /// <summary>A cell's displayed text (a formula's cached value), whether it is ruled, and the heading level its font marks (0 for none).</summary>
    public sealed record Entry(string Text, bool Ruled, int HeadingLevel = 0);
}

/// <summary>Streams a worksheet part (<c>sheetData</c> and <c>mergeCells</c>) into <see cref="WorksheetCells"/>.</summary>
internal static class WorksheetReader
{
    public static WorksheetCells Read(string xml, WorkbookParts workbook, string file, ref int cellsLeft, CancellationToken cancellation = default)
    {
        var cells = new Dictionary<(int, int), WorksheetCells.Entry>();
        var merges = new List<((int, int), (int, int))>();
        var (reader, main) = SpreadsheetXml.Open(xml);
        using var _ = reader;
        var row = 0;
        var column = 0;
        var nodes = 0;
        while (reader.Read())
        {
            if (++nodes % 4096 == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (reader.NodeType != XmlNodeType.Element || (object)reader.NamespaceURI != main)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= CellAddress.MaxRow ? r : row + 1;
                    column = 0;
                    break;
                case "c":
                    if (reader.GetAttribute("r") is { } reference && CellAddress.TryParse(reference, out var cellRow, out var cellColumn))
                    {
                        row = cellRow;
                        column = cellColumn;
                    }
                    else
                    {
                        column++;
                    }

                    var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
                    var type = reader.GetAttribute("t");
                    var text = reader.IsEmptyElement ? "" : CellText(reader, main, type, style, workbook);
                    var ruled = workbook.RuledStyles.Contains(style);
                    if (text.Length > 0 || ruled)
                    {
                        if (--cellsLeft < 0)
                        {
                            throw new UnreadableInputException($"{file}：工作簿的单元格过多（超过上限），已拒绝。");
                        }

                        cells[(row, column)] = new WorksheetCells.Entry(text, ruled, workbook.HeadingStyles.GetValueOrDefault(style));
                    }

                    break;
                case "mergeCell":
                    if (reader.GetAttribute("ref") is { } range && CellAddress.TryParseRange(range, out var first, out var last))
                    {
                        merges.Add((first, last));
                    }

                    break;
            }
        }

        return new WorksheetCells(cells, merges);
    }

    // Reads the c element's v and is (at any depth, as a subtree read found them) and leaves the reader on its end tag.
    private static string CellText(XmlReader cell, string main, string? type, int style, WorkbookParts workbook)
    {
        string? value = null;
        string? inline = null;
        var depth = cell.Depth;
        cell.Read();
        while (cell.Depth > depth)
        {
            if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v")
            {
                value = cell.ReadElementContentAsString();
            }
            else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "is")
            {
                inline = SpreadsheetXml.ItemText(cell, main);
            }
            else
            {
                cell.Read();
            }
        }

        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < workbook.SharedStrings.Count ? workbook.SharedStrings[index] : "",
            "inlineStr" => inline ?? value ?? "",
            "b" => value == "1" ? "TRUE" : value == "0" ? "FALSE" : "",
            "str" or "e" or "d" => value ?? "",
            _ => value is null ? "" : Number(value, workbook.PercentStyles.Contains(style)),
        };
    }

    // A number as Excel shows it in General format: at most 15 significant digits, no exponent.
    private static string Number(string value, bool percent)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return value;
        }

        if (percent)
        {
            number *= 100;
        }

        var text = Math.Abs(number) < 7.9e27 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("G15", CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }
}
