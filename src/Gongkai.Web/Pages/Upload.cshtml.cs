using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Store;
using Gongkai.Web.Api;
using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>上传: many files, each read by content through the import use case, with a result per file.</summary>
public sealed class UploadModel(ReportStore store, AuditTrail audit, WebSettings settings) : PageModel
{
    public UploadResult? Result { get; private set; }

    public long MaxFileMegabytes => settings.MaxFileBytes / 1024 / 1024;

    public static string Chinese(UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Stored => "已入库",
        UploadOutcome.StoredWithErrors => "有错误",
        _ => "无法读取",
    };

    public static string CssClass(UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Stored => "status-clean",
        UploadOutcome.StoredWithErrors => "status-error",
        _ => "status-unreadable",
    };

    public void OnGet()
    {
    }

    public void OnPost()
    {
        Result = UploadReports.Run(store, UploadForm.Options(Request.Form.Files, settings), HttpContext.RequestAborted);
        audit.Write(AuditActions.Upload, null, string.Create(CultureInfo.InvariantCulture, $"{Request.Form.Files.Count} 个文件：{string.Join("；", Result.Files.Select(f => $"{f.Name} {f.Message}"))}"));
        if (Result.Failure is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
