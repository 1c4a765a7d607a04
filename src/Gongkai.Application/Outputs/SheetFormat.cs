namespace Gongkai.Application.Outputs;

/// <summary>How a page's table is downloaded: an Excel workbook, or CSV (UTF-8 with BOM, as Excel opens it).</summary>
public enum SheetFormat
{
    /// <summary>An XLSX workbook.</summary>
    Xlsx,

    /// <summary>A CSV file.</summary>
    Csv,
}
