using Gongkai.Store;

namespace Gongkai.Web;

/// <summary>A report's state as the pages and the API name it (无问题 / 有警告 / 有错误), and the query values that select it.</summary>
internal static class ReportStatusNames
{
    public static string Chinese(StoredReport report) => Chinese(report.Errors > 0 ? ReportStatus.Errors : report.Warnings > 0 ? ReportStatus.Warnings : ReportStatus.Clean);

    public static string Chinese(ReportStatus status) => status switch
    {
        ReportStatus.Errors => "有错误",
        ReportStatus.Warnings => "有警告",
        _ => "无问题",
    };

    public static string CssClass(StoredReport report) => report.Errors > 0 ? "status-error" : report.Warnings > 0 ? "status-warning" : "status-clean";

    /// <summary>The query value (<c>clean</c>, <c>warnings</c>, <c>errors</c>, or the Chinese name) as a status.</summary>
    public static ReportStatus? Parse(string? value) => value switch
    {
        "clean" or "无问题" => ReportStatus.Clean,
        "warnings" or "有警告" => ReportStatus.Warnings,
        "errors" or "有错误" => ReportStatus.Errors,
        _ => null,
    };

    /// <summary>The query value of a sort (<c>region</c>, <c>year</c>, <c>name</c>, <c>problems</c>).</summary>
    public static ReportSort ParseSort(string? value) => value switch
    {
        "year" => ReportSort.YearDescending,
        "name" => ReportSort.Name,
        "problems" => ReportSort.ProblemsDescending,
        _ => ReportSort.Region,
    };
}
