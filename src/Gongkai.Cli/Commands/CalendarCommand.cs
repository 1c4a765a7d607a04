using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Calendars;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Cases.Clock;
using Gongkai.Core.Diagnostics;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai calendar import FILE [--region R]</c> and <c>gongkai calendar list [--region R] [--year Y]</c>: the
/// holiday and 调休 calendar the cases' deadlines count by (docs/cases.md "The calendar").
/// </summary>
internal static class CalendarCommand
{
    public static Command Create()
    {
        var command = new Command("calendar", "节假日安排：导入某年的放假调休通知或本地区的额外假日，查看在用的日历");
        command.Subcommands.Add(ImportVerb());
        command.Subcommands.Add(ListVerb());
        return command;
    }

    private static Option<string?> Region() => new("--region")
    {
        Description = "区域路径（如 青禾省/青禾市）：该区域及下级单位额外的假日；不给则为全国日历",
        HelpName = "区域",
    };

    private static Command ImportVerb()
    {
        var file = new Argument<string>("文件") { Description = $"节假日 CSV（UTF-8，表头 date,kind,name,source）" };
        var region = Region();
        var db = StoreOptions.Database();
        var command = new Command("import", "导入节假日安排：文件中每个年份替换该区域已存的该年安排") { file, region, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var path = result.GetValue(file)!;
            byte[] content;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > ImportCalendar.MaxBytes)
                {
                    error.WriteLine($"{path}：文件过大（{length / 1024} KB），节假日文件不应超过 {ImportCalendar.MaxBytes / 1024} KB。");
                    return ExitCodes.UnusableInput;
                }

                content = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                FailureFormatter.Write(error, $"{path}：无法读取节假日文件（{IoFailures.Describe(ex)}）。", ex, result.IsVerbose());
                return ExitCodes.UnusableInput;
            }

            var imported = ImportCalendar.Run(store, new CalendarImportOptions
            {
                Content = content,
                FileName = path,
                Region = result.GetValue(region) ?? "",
                Scope = AccessScope.All,
            });
            if (imported.Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            var where = imported.Region.Length == 0 ? "全国" : imported.Region;
            output.WriteLine($"已导入{where}的节假日安排：{string.Join("，", imported.Years.Select(y => $"{y.Year} 年 {y.Entries} 条"))}（替换了这些年份原有的安排）。");
            return ExitCodes.Ok;
        }, writes: true);
        return command;
    }

    private static Command ListVerb()
    {
        var region = Region();
        var year = new Option<int?>("--year") { Description = "只列出该年", HelpName = "年份" };
        var db = StoreOptions.Database();
        var command = new Command("list", "列出在用的节假日与调休上班日（官方通知、全国补充、各级区域的额外假日）") { region, year, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var listed = ListCalendar.Run(store, new CalendarListOptions { Region = result.GetValue(region) ?? "", Year = result.GetValue(year) });
            var imported = listed.Imported.Select(e => e.Date).ToHashSet();
            foreach (var entry in listed.Effective)
            {
                var kind = entry.Kind == CalendarDayKind.Holiday ? "放假" : "上班";
                var mark = imported.Contains(entry.Date) ? "（本区域导入）" : "";
                output.WriteLine($"{ClockLabels.Date(entry.Date)}\t{ClockLabels.DayOfWeek(entry.Date)}\t{kind}\t{entry.Name}\t{entry.Source}{mark}");
            }

            var where = listed.Region.Length == 0 ? "全国" : listed.Region;
            output.WriteLine($"{where}：共 {listed.Effective.Count} 个放假或调休上班日，其中本区域导入 {listed.Imported.Count} 个。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
