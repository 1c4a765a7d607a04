using Gongkai.Application;
using Gongkai.Application.Reports;
using Gongkai.Store;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>
/// 查看原文: where one value of a report was read. A PDF page is drawn in the browser (PDF.js, wwwroot/js/source-view.js)
/// with the value's box marked; any other file is shown as its lines with the value's line marked. A report outside
/// the user's scope is 404, as on 报告详情.
/// </summary>
public sealed class SourceModel(ReportStore store) : PageModel
{
    public CellSource Source { get; private set; } = null!;

    /// <summary>The original file's address (the API's, which applies the same scope).</summary>
    public string FileUrl { get; private set; } = "";

    public string? Problem { get; private set; }

    public IActionResult OnGet(long id, string? cell, CancellationToken cancellation)
    {
        var result = GetCellSource.Run(store, new GetCellSourceOptions(UserScope.Of(User), id, cell ?? ""), cancellation);
        if (result.Source is not { } source)
        {
            // Not found (or not in scope) is 404 like any other page of the report; an unreadable file is said.
            if (result.Failure!.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            Problem = result.Failure.Message;
            return Page();
        }

        Source = source;
        FileUrl = $"/api/v1/reports/{id}/original?sha256={Uri.EscapeDataString(source.FileSha256 ?? "")}";
        return Page();
    }
}
