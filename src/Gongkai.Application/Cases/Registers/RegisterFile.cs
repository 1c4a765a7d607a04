using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Reading.Text;
using Gongkai.Parsing.Xlsx;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// A register file's rows, read within bounds: an XLSX workbook (the sheet 登记台账, or the first visible one) through the
/// product's bounded workbook reading (zip bombs, XXE and huge sheets refused), or CSV in UTF-8 or GB18030 as Excel saves it.
/// </summary>
public static class RegisterFile
{
    private static readonly XlsxReaderLimits Limits = XlsxReaderLimits.Default with
    {
        MaxCells = RegisterLimits.MaxCells,
        MaxPartBytes = 4 * RegisterLimits.MaxFileBytes,
    };

    /// <summary>The rows of <paramref name="bytes"/> (each with its 1-based row number), or a Chinese problem naming <paramref name="file"/>.</summary>
    public static (IReadOnlyList<(int Row, string[] Cells)> Rows, string? Problem) Read(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > RegisterLimits.MaxFileBytes)
        {
            return ([], $"{file}：文件超过 {RegisterLimits.MaxFileBytes / 1024 / 1024} MB 的上限，已拒绝。");
        }

        try
        {
            var kind = InputSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, InputSniffer.HeadLength)));
            IReadOnlyList<(int Row, string[] Cells)> rows = kind switch
            {
                InputKind.Empty => throw new UnreadableInputException($"{file}：文件是空的。"),
                InputKind.Zip => XlsxSheetRows.Read(bytes, file, Limits, RegisterWorkbook.RegisterSheet),
                InputKind.OleCompound => throw new UnreadableInputException($"{file}：这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入。"),
                InputKind.Text or InputKind.Html => Csv(bytes, file),
                _ => throw new UnreadableInputException($"{file}：不是 Excel（.xlsx）或 CSV 文件，无法导入登记台账。"),
            };
            return rows.Count - 1 > RegisterLimits.MaxRows
                ? ([], $"{file}：登记台账超过 {RegisterLimits.MaxRows:N0} 行的上限，请分成几个文件导入。")
                : (rows, null);
        }
        catch (UnreadableInputException ex)
        {
            return ([], ex.Message);
        }
    }

    private static List<(int Row, string[] Cells)> Csv(byte[] bytes, string file)
    {
        var text = TextDecoder.Decode(bytes, file).Text;
        var rows = new List<(int Row, string[] Cells)>();
        var number = 0;
        foreach (var record in Units.CsvRecords.Parse(text))
        {
            number++;
            if (number > RegisterLimits.MaxRows + 1)
            {
                throw new UnreadableInputException($"{file}：登记台账超过 {RegisterLimits.MaxRows:N0} 行的上限，请分成几个文件导入。");
            }

            if (record.Fields.Any(f => f.Trim().Length > 0))
            {
                // A CSV row is a sheet row: its number is its record's place, as Excel shows the file.
                rows.Add((number, [.. record.Fields.Select((f, i) => i == 0 ? f.TrimStart('\uFEFF') : f)]));
            }
        }

        return rows;
    }
}
