using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>
/// One sheet of a workbook as rows of cell texts, for imports of tabular data (a case register) rather than reports:
/// every filled cell is kept in its column, whether ruled or not. The package, its parts and the cells are bounded as
/// for reports (<see cref="XlsxReaderLimits"/>: zip bombs, XXE and huge sheets are refused in Chinese, naming the file).
/// </summary>
public static class XlsxSheetRows
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>
    /// The rows of the visible sheet named <paramref name="preferredSheet"/>, or of the first visible sheet when there is
    /// none by that name: each row's sheet row number (1-based) and its cells by column (0-based), blank cells as "".
    /// Rows without any filled cell are left out.
    /// </summary>
    /// <exception cref="UnreadableInputException">The file is not a workbook, is damaged or exceeds a limit (Chinese, naming the file).</exception>
    public static IReadOnlyList<(int Row, string[] Cells)> Read(ReadOnlyMemory<byte> content, string file, XlsxReaderLimits limits, string? preferredSheet = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var package = OfficeZipPackage.Open(content, file, limits.MaxEntries, limits.MaxPartBytes);
            if (!package.HasPart(WorkbookPart))
            {
                throw new UnreadableInputException($"{file}：这是{package.Kind}，不是 Excel（XLSX）工作簿。");
            }

            var workbook = WorkbookParts.Read(package, file, limits);
            if (workbook.Sheets.Count == 0)
            {
                throw new UnreadableInputException($"{file}：工作簿没有可见的工作表。");
            }

            var sheet = workbook.Sheets.FirstOrDefault(s => s.Name == preferredSheet) ?? workbook.Sheets[0];
            var xml = package.ReadPart(sheet.Part)
                ?? throw new UnreadableInputException($"{file}：工作表“{sheet.Name}”缺少内容部件 {sheet.Part}。");
            var cellsLeft = limits.MaxCells;
            var cells = WorksheetReader.Read(xml, workbook, file, ref cellsLeft);
            return [.. cells.Cells.Where(c => c.Value.Text.Length > 0).GroupBy(c => c.Key.Row).OrderBy(g => g.Key).Select(g => (g.Key, Row(g)))];
        }
        catch (Exception ex) when (ex is System.IO.InvalidDataException or System.Xml.XmlException)
        {
            throw new UnreadableInputException($"{file}：Excel 工作簿已损坏或格式不受支持。");
        }
    }

    private static string[] Row(IEnumerable<KeyValuePair<(int Row, int Column), WorksheetCells.Entry>> cells)
    {
        var list = cells.ToList();
        var row = new string[list.Max(c => c.Key.Column)];
        Array.Fill(row, "");
        foreach (var cell in list)
        {
            row[cell.Key.Column - 1] = cell.Value.Text;
        }

        return row;
    }
}
