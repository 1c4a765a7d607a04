using Gongkai.Application.Outputs;

namespace Gongkai.Application.Reports;

/// <summary>Which list to export (报告列表's 导出): the same filters and scope as the list, every page, in one format.</summary>
public sealed record ExportReportListOptions
{
    /// <summary>The list's filters and the caller's scope (its page and sort are not used: every report is written, in the listing order of the store).</summary>
    public required ListReportsOptions List { get; init; }

    /// <summary>XLSX or CSV.</summary>
    public required SheetFormat Format { get; init; }
}
