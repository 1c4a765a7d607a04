using System.Globalization;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Web.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>待确认单位: stored reports that match no registry unit, with the matcher's candidates; linking uses LinkReport.</summary>
public sealed class UnlinkedModel(ReportStore store, AuditTrail audit) : PageModel
{
    public IReadOnlyList<UnlinkedReport> Reports { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>The one report asked for (<c>?report=ID</c>, the upload result's link), or <see langword="null"/> for all.</summary>
    public long? Only { get; private set; }

    public void OnGet(long? report)
    {
        Only = report;
        Reports = [.. ListUnlinkedReports.Run(store).Reports.Where(r => report is null || r.ReportId == report)];
        Message = TempData["message"] as string;
    }

    public IActionResult OnPost(long reportId, string? unitCode)
    {
        var code = unitCode?.Trim() ?? "";
        var result = code.Length == 0
            ? new LinkResult(new Application.UseCaseFailure(Application.FailureKind.UnusableInput, "请选择或填写单位代码。"))
            : LinkReport.Run(store, new Application.Units.LinkOptions { ReportId = reportId, UnitCode = code });
        if (result.Failure is { } failure)
        {
            ModelState.AddModelError(string.Empty, failure.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Reports = ListUnlinkedReports.Run(store).Reports;
            return Page();
        }

        audit.Write(AuditActions.ReportLinked, $"report:{reportId.ToString(CultureInfo.InvariantCulture)}", $"确认为单位 {code}");
        TempData["message"] = $"已将报告 {reportId.ToString(CultureInfo.InvariantCulture)} 关联到单位 {code}。";
        return RedirectToPage();
    }
}
