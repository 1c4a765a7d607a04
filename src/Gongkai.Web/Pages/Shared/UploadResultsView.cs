using Gongkai.Application.Importing;

namespace Gongkai.Web.Pages.Shared;

/// <summary>
/// What the upload results partial shows (the whole form post without script, or one file's lines for the page's
/// script): the lines, and whether the uploader may open the 待确认单位 queue (系统管理员 only: the queue holds reports
/// of no unit, which no narrower scope covers).
/// </summary>
/// <param name="Files">The use case's result lines.</param>
/// <param name="QueueOpen">Whether to link a report that matched no unit to its place in the queue.</param>
public sealed record UploadResultsView(IReadOnlyList<UploadedFileResult> Files, bool QueueOpen)
{
    /// <summary>The outcome's name on the page.</summary>
    public static string Chinese(UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Stored => "已入库",
        UploadOutcome.NewVersion => "新版本",
        UploadOutcome.Duplicate => "重复",
        UploadOutcome.StoredWithErrors => "有错误",
        _ => "无法读取",
    };

    /// <summary>The outcome's badge style.</summary>
    public static string CssClass(UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Stored => "status-clean",
        UploadOutcome.NewVersion => "status-new",
        UploadOutcome.Duplicate => "status-duplicate",
        UploadOutcome.StoredWithErrors => "status-error",
        _ => "status-unreadable",
    };
}
