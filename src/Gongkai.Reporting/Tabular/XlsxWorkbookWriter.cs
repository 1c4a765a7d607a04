using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Reporting.Tabular;

/// <summary>
/// Writes tables as an Excel workbook (XLSX), one sheet per table, streaming rows so that a sheet of a million
/// rows takes no more memory than one of ten.
/// </summary>
/// <remarks>
/// Each sheet has a bold, filled, frozen header row with an autofilter over the data, and column widths as given
/// or estimated from the header. Numbers are numeric cells, dates are date cells formatted <c>yyyy-mm-dd</c>, and
/// text is always text (<c>=1+1</c> is never a formula). Characters XML cannot hold are dropped from text. Sheet
/// names are made valid and unique by Excel's rules (invalid characters become <c>_</c>, long names are cut to
/// 31 characters, a repeated name gets <c> (2)</c>).
/// </remarks>
public static class XlsxWorkbookWriter
{
    /// <summary>Writes <paramref name="sheets"/> to <paramref name="stream"/>, which is left open.</summary>
    /// <remarks>
    /// The stream is written front to back only (it need not be seekable, so an HTTP response body will do).
    /// </remarks>
    /// <exception cref="ArgumentException">No sheet, a sheet without columns, or a value that does not fit its column.</exception>
    /// <exception cref="TabularLimitException">
    /// A sheet has more than 1,048,575 data rows, or a text longer than a cell holds; the stream then holds an
    /// incomplete workbook and must be discarded.
    /// </exception>
    public static void Write(Stream stream, IEnumerable<TabularSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        var list = sheets.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        foreach (var sheet in list)
        {
            if (sheet.Columns.Count == 0)
            {
                throw new ArgumentException($"Sheet \"{sheet.Name}\" has no columns.", nameof(sheets));
            }
        }

        using var package = new XlsxPackage(stream, list.Count);
        var names = new SheetNames();
        var entries = new Sheets();
        var filters = new DefinedNames();
        for (var index = 0; index < list.Count; index++)
        {
            var sheet = list[index];
            var name = names.Claim(sheet.Name);
            long rows;
            using (var part = package.OpenWorksheet(index))
            {
                rows = XlsxSheetWriter.Write(part, sheet, name, selected: index == 0);
            }

            entries.Append(new Sheet { Name = name, SheetId = (uint)(index + 1), Id = XlsxPackage.SheetRelationshipId(index) });
            filters.Append(FilterRange(name, index, sheet.Columns.Count, rows));
        }

        package.WriteWorkbook(new Workbook(new BookViews(new WorkbookView()), entries, filters), XlsxStyles.Create());
    }

    // Excel records each sheet's autofilter range in this hidden name as well; without it some versions drop the filter.
    private static DefinedName FilterRange(string name, int index, int columns, long rows)
    {
        var last = XlsxColumns.Letters(columns - 1);
        return new DefinedName($"{SheetNames.Quote(name)}!$A$1:${last}${XlsxColumns.Row(rows + 1)}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)index,
            Hidden = true,
        };
    }
}
