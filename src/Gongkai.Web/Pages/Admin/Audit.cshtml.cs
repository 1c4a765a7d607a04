using System.Globalization;
using Gongkai.Application.Activity;
using Gongkai.Application.Outputs;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>操作日志: the audit log filtered by user, action and date (China time), shown and exported as CSV or XLSX.</summary>
public sealed class AuditModel(ReportStore store) : PageModel
{
    /// <summary>How many entries the page shows (the exports hold every entry of the filter).</summary>
    public const int PageLimit = 500;

    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Actors { get; private set; } = [];

    public string? Failure { get; private set; }

    public static string ChinaTimeOf(DateTimeOffset at) => at.ToOffset(ChinaTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public void OnGet()
    {
        var result = ListActivity.Run(store, new ActivityOptions { Query = Query() with { Limit = PageLimit } });
        Entries = result.Entries;
        Failure = result.Failure?.Message;
        Actors = store.Audit.Actors();
    }

    public IActionResult OnGetExport(string? format)
    {
        var result = ListActivity.Run(store, new ActivityOptions { Query = Query() });
        if (result.Failure is { } failure)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable, failure.Message);
        }

        var sheet = ActivitySheet.Of(result.Entries, AuditActionNames.Of);
        var stream = new MemoryStream();
        var xlsx = !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (xlsx)
        {
            XlsxWorkbookWriter.Write(stream, [sheet]);
        }
        else
        {
            using var writer = CsvTableWriter.Create(stream, leaveOpen: true);
            CsvTableWriter.Write(writer, sheet);
        }

        stream.Position = 0;
        var name = $"操作日志-{DateTimeOffset.UtcNow.ToOffset(ChinaTime):yyyyMMdd-HHmm}.{(xlsx ? "xlsx" : "csv")}";
        return File(stream, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
    }

    // Dates are days in China time: 至 includes the whole day.
    private AuditQuery Query() => new()
    {
        Actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(),
        Action = string.IsNullOrWhiteSpace(Action) ? null : Action.Trim(),
        From = From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime) : null,
        Until = To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime) : null,
    };
}
