using Gongkai.Reporting.Tabular;

namespace Gongkai.Application.Outputs;

/// <summary>Writes sheets in a <see cref="SheetFormat"/>: every sheet into one workbook, or the first one as CSV.</summary>
public static class SheetFiles
{
    /// <summary>Writes <paramref name="sheets"/> to <paramref name="output"/> (CSV holds one table: the first).</summary>
    public static void Write(Stream output, SheetFormat format, IEnumerable<TabularSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        if (format == SheetFormat.Xlsx)
        {
            XlsxWorkbookWriter.Write(output, sheets);
            return;
        }

        using var writer = CsvTableWriter.Create(output, leaveOpen: true);
        CsvTableWriter.Write(writer, sheets.First());
    }

    /// <summary>The file extension of <paramref name="format"/>, with its dot.</summary>
    public static string Extension(SheetFormat format) => format == SheetFormat.Xlsx ? ".xlsx" : ".csv";

    /// <summary>The media type of <paramref name="format"/>.</summary>
    public static string ContentType(SheetFormat format) => format == SheetFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    /// <summary>The format named <paramref name="name"/> (<c>xlsx</c> or <c>csv</c>), or <see langword="null"/>.</summary>
    public static SheetFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "xlsx" => SheetFormat.Xlsx,
        "csv" => SheetFormat.Csv,
        _ => null,
    };
}
