using System.Text;
using Gongkai.Core.Cases.Clock;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Calendars;

/// <summary>
/// An administrator adds a year's holiday and 调休 calendar (the State Council's notice for a year the product does
/// not carry yet) or a region's extra holidays (docs/cases.md "The calendar"): the file is read strictly — any doubt
/// refuses it, since a wrong day off moves every deadline after it — and each year it holds replaces that year's
/// stored entries for the region, in one transaction per year.
/// </summary>
public static class ImportCalendar
{
    /// <summary>A year's calendar is a few dozen lines: anything near this is not a calendar.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Stores the calendar of <paramref name="options"/>; failures are in the result, never thrown.</summary>
    public static CalendarImportResult Run(ReportStore store, CalendarImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var region = CalendarRegions.Normalize(options.Region);
        if (!CalendarRegions.MayEdit(options.Scope, region))
        {
            return Failed(FailureKind.Forbidden, region.Length == 0
                ? "只有系统管理员可以导入全国节假日安排。"
                : $"您无权为“{region}”导入节假日安排：区域管理员只能为本区域及下级区域导入。");
        }

        if (options.Content.Length == 0)
        {
            return Failed(FailureKind.UnusableInput, $"{options.FileName}：文件为空。");
        }

        if (options.Content.Length > MaxBytes)
        {
            return Failed(FailureKind.UnusableInput, $"{options.FileName}：文件过大（{options.Content.Length / 1024} KB），节假日文件不应超过 {MaxBytes / 1024} KB。");
        }

        IReadOnlyList<CalendarEntry> entries;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(options.Content);
            entries = [.. WorkingCalendar.FromCsv(new StringReader(text), options.FileName).Entries];
        }
        catch (DecoderFallbackException)
        {
            return Failed(FailureKind.UnusableInput, $"{options.FileName}：不是 UTF-8 编码的 CSV 文件，请另存为 UTF-8 后再导入。");
        }
        catch (CalendarFormatException ex)
        {
            return Failed(FailureKind.UnusableInput, $"节假日文件无效：{ex.Message}。");
        }

        if (entries.Count == 0)
        {
            return Failed(FailureKind.UnusableInput, $"{options.FileName}：只有表头，没有任何日期。");
        }

        var years = entries.GroupBy(e => e.Date.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList())).ToList();
        foreach (var (year, ofYear) in years)
        {
            store.Cases.ReplaceCalendar(region, year, ofYear);
        }

        return new CalendarImportResult { Region = region, Years = [.. years.Select(y => (y.Key, y.Item2.Count))] };
    }

    private static CalendarImportResult Failed(FailureKind kind, string message) => new() { Failure = new(kind, message) };
}
