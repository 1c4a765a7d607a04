using System.Text;

namespace Gongkai.Reporting.Tabular;

/// <summary>
/// Writes a table as CSV (RFC 4180): a header line, then one line per row, fields separated by commas, lines
/// ended by CRLF, a field quoted when it holds a comma, a quote or a line break.
/// </summary>
/// <remarks>
/// Rows are streamed, so there is no row limit. Numbers are written in invariant notation, dates as
/// <c>yyyy-MM-dd</c>. A text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR — or their full-width
/// forms <c>＝＋－＠</c>, which spreadsheets in a Chinese locale may take for the same — gets a leading <c>'</c>, so
/// that a spreadsheet opening the file does not run it as a formula (CSV injection); numbers in numeric columns are
/// left alone, so <c>-5</c> stays a number.
/// </remarks>
public static class CsvTableWriter
{
    // Strict UTF-8 with a byte order mark: without the BOM, Excel on Chinese Windows reads the file as GBK.
    internal static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="sheet"/> to <paramref name="writer"/>; the sheet's name is not written.</summary>
    /// <exception cref="ArgumentException">A sheet without columns, or a value that does not fit its column.</exception>
    public static void Write(TextWriter writer, TabularSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sheet);
        var columns = sheet.Columns;
        if (columns.Count == 0)
        {
            throw new ArgumentException($"Sheet \"{sheet.Name}\" has no columns.", nameof(sheet));
        }

        for (var i = 0; i < columns.Count; i++)
        {
            WriteField(writer, i, HeaderText(columns[i]));
        }

        writer.Write("\r\n");
        long row = 0;
        foreach (var values in sheet.Rows)
        {
            row++;
            if (values.Count != columns.Count)
            {
                throw new ArgumentException($"Sheet \"{sheet.Name}\", row {row}: {values.Count} values for {columns.Count} columns.", nameof(sheet));
            }

            for (var i = 0; i < columns.Count; i++)
            {
                WriteField(writer, i, FieldText(values[i], columns[i], row));
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>A writer for a new CSV file at <paramref name="path"/>: UTF-8 with a byte order mark.</summary>
    public static StreamWriter CreateFile(string path) => new(path, append: false, Utf8WithBom);

    /// <summary>A writer onto <paramref name="stream"/> (an HTTP response, say): UTF-8 with a byte order mark.</summary>
    public static StreamWriter Create(Stream stream, bool leaveOpen = false) => new(stream, Utf8WithBom, bufferSize: -1, leaveOpen);

    // OWASP's CSV injection advice: these leading characters start a formula (or, for tab and CR, can hide one);
    // Excel with a Chinese IME converts the full-width forms to ASCII as they are entered, so they are treated alike.
    private static string Guard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' ? "'" + text : text;

    /// <summary>A column's header as written: cleaned, guarded and quoted as a text field.</summary>
    internal static string HeaderText(TabularColumn column) => Quoted(Guard(TabularText.Clean(column.Header)));

    /// <summary>
    /// <paramref name="value"/> as written in <paramref name="column"/> (row <paramref name="row"/>, for the message of a
    /// value that does not fit): checked and formatted, guarded when text, quoted when it must be.
    /// </summary>
    internal static string FieldText(object? value, TabularColumn column, long row)
    {
        var cell = TabularCell.From(value, column, row);
        return Quoted(column.Type == TabularType.Text ? Guard(cell.Text) : cell.Text);
    }

    private static void WriteField(TextWriter writer, int index, string field)
    {
        if (index > 0)
        {
            writer.Write(',');
        }

        writer.Write(field);
    }

    // RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
