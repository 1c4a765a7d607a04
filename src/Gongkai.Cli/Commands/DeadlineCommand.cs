using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Deadlines;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai deadline --received 2024-09-27 [--extension 20] [--pause 2024-10-08..2024-10-21[=理由] …] [--calendar FILE] [--json]</c>:
/// the answer deadline of an application (条例 art. 33) and every day behind it.
/// </summary>
internal static class DeadlineCommand
{
    private static readonly Option<string> Received = new("--received") { Description = "收到申请之日（YYYY-MM-DD）", HelpName = "日期", Required = true };

    private static readonly Option<int> Extension = new("--extension") { Description = "经批准延长的工作日数（0 至 20，条例第三十三条），默认 0", HelpName = "工作日数" };

    private static readonly Option<string[]> Pauses = new("--pause")
    {
        Description = "不计算在期限内的期间（征求第三方或其他机关意见等），格式 开始日期..结束日期[=理由]，可给多个",
        HelpName = "开始日期..结束日期",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<string?> Calendar = new("--calendar") { Description = "补充的节假日文件（CSV：date,kind,name,source），如以后年份或本地区的节假日，与官方日历冲突时以此为准", HelpName = "文件" };

    private static readonly Option<bool> Json = new("--json") { Description = "以 JSON 输出" };

    public static Command Create()
    {
        var command = new Command("deadline", "计算依申请公开的答复期限（条例第三十三条），并列出计算的每个工作日、不计算的日期及原因")
        {
            Received, Extension, Pauses, Calendar, Json,
        };
        command.SetAction(result => Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        if (!DeadlineInput.TryParseDate(result.GetValue(Received)!, out var received, out var problem))
        {
            error.WriteLine($"命令行错误：--received {problem}");
            return ExitCodes.BadUsage;
        }

        var pauses = new List<DateSpan>();
        foreach (var text in result.GetValue(Pauses) ?? [])
        {
            if (!DeadlineInput.TryParsePause(text, out var pause, out problem))
            {
                error.WriteLine($"命令行错误：--pause {problem}");
                return ExitCodes.BadUsage;
            }

            pauses.Add(pause!);
        }

        var computed = ComputeDeadline.Run(new DeadlineOptions
        {
            Received = received,
            ExtensionWorkingDays = result.GetValue(Extension),
            Pauses = pauses,
            CalendarFile = result.GetValue(Calendar),
        });
        if (computed.Failure is { } failure)
        {
            FailureFormatter.Write(error, failure, result.IsVerbose());
            return ExitCodes.Of(failure.Kind);
        }

        if (result.GetValue(Json))
        {
            DeadlineJsonFormatter.Write(output, computed.Explanation!);
        }
        else
        {
            output.Write(computed.Explanation!.Describe());
        }

        return ExitCodes.Ok;
    }
}
