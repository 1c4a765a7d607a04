namespace Gongkai.Application.Exporting;

/// <summary>The shapes an export takes (<c>gongkai export --format</c>).</summary>
public enum ExportFormat
{
    /// <summary>One CSV row per printed cell (the long format researchers load into R or pandas).</summary>
    Long,

    /// <summary>A folder of CSV files: the report list, and per table one row per report and one column per cell.</summary>
    Wide,

    /// <summary>One workbook with the report list and the three tables in wide form.</summary>
    Xlsx,

    /// <summary>One line of JSON per report: its stored JSON with a <c>store</c> key.</summary>
    Jsonl,
}
