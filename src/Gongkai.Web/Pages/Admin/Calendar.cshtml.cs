using Gongkai.Application;
using Gongkai.Application.Cases.Calendars;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Gongkai.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>
/// 节假日安排: the calendar the cases' deadlines count by — a later year's State Council notice for the whole country,
/// or a region's extra holidays — imported through the CLI's use case, and the days in force for a region.
/// </summary>
public sealed class CalendarModel(ReportStore store, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public CalendarListResult Listed { get; private set; } = new("", [], []);

    public CalendarImportResult? Imported { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            Imported = new CalendarImportResult { Failure = new(FailureKind.UnusableInput, "请选择节假日 CSV 文件。") };
        }
        else if (file.Length > ImportCalendar.MaxBytes)
        {
            Imported = new CalendarImportResult { Failure = new(FailureKind.UnusableInput, $"{Path.GetFileName(file.FileName)}：文件过大，节假日文件不应超过 {ImportCalendar.MaxBytes / 1024} KB。") };
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var name = Path.GetFileName(file.FileName);
            Imported = ImportCalendar.Run(store, new CalendarImportOptions
            {
                Content = buffer.ToArray(),
                FileName = name,
                Region = Region ?? "",
                Scope = UserScope.Of(User),
            });
            if (Imported.Failure is null)
            {
                var where = Imported.Region.Length == 0 ? "全国" : Imported.Region;
                audit.Write(AuditActions.CalendarImported, $"calendar:{where}", string.Join("，", Imported.Years.Select(y => $"{y.Year} 年 {y.Entries} 条")));
            }
        }

        if (Imported.Failure is { } failure)
        {
            Response.StatusCode = failure.Kind == FailureKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        }

        Load();
        return Page();
    }

    private void Load() => Listed = ListCalendar.Run(store, new CalendarListOptions { Region = Region ?? "", Year = Year ?? DateTime.Today.Year });
}
