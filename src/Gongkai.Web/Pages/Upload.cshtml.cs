using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Api;
using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Gongkai.Web.Identity;
using Gongkai.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>
/// 上传: many files or ZIP archives, each read by content through the upload use case, with a result per file. The
/// page's script sends one file per request to <see cref="OnPostFile"/> (its own progress bar) and shows the lines it
/// gets back; without script the form posts every file at once to <see cref="OnPost"/>.
/// </summary>
public sealed class UploadModel(ReportStore store, AuditTrail audit, WebSettings settings) : PageModel
{
    public UploadResult? Result { get; private set; }

    public long MaxFileMegabytes => settings.MaxFileBytes / 1024 / 1024;

    public void OnGet()
    {
    }

    public void OnPost()
    {
        Result = Upload();
        if (Result.Failure is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>One file sent by the page's script: its result lines as the partial renders them.</summary>
    public IActionResult OnPostFile()
    {
        var result = Upload();
        if (result.Failure is { } failure)
        {
            return new ContentResult { StatusCode = StatusCodes.Status400BadRequest, Content = failure.Message, ContentType = "text/plain; charset=utf-8" };
        }

        return Partial("_UploadResults", View(result));
    }

    public UploadResultsView View(UploadResult result) => new(result.Files, UserScope.Role(User) == AccountRole.Administrator);

    private UploadResult Upload()
    {
        var result = UploadReports.Run(store, UploadForm.Options(Request.Form.Files, settings, UserScope.Of(User)), HttpContext.RequestAborted);
        audit.Write(AuditActions.Upload, null, string.Create(CultureInfo.InvariantCulture, $"{Request.Form.Files.Count} 个文件：{string.Join("；", result.Files.Select(f => $"{f.Name} {f.Message}"))}"));
        return result;
    }
}
