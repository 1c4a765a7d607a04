using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Checking;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai check FILE|DIR...</c>: each report's problems in Chinese, then a summary.</summary>
/// <remarks>Exit code 0 when no report has errors, 2 when one has, 1 when an input cannot be used.</remarks>
internal static class CheckCommand
{
    private static readonly Argument<string[]> Inputs = InputArguments.Create("报告文件或目录");

    private static readonly Option<bool> NoRecursive = InputArguments.NoRecursive();

    private static readonly Option<Severity> MinimumSeverity = new("--severity")
    {
        Description = "只显示不低于此级别的问题：Info、Warning、Error",
        DefaultValueFactory = _ => Severity.Info,
    };

    private static readonly Option<double?> Timeout = ReadTimeoutOption.Create();

    private static readonly Option<int?> Jobs = JobsOption.Create();

    public static Command Create()
    {
        var command = new Command("check", "核对报告：表格勾稽关系、完整性、格式版本、发布期限等，逐份列出问题") { Inputs, MinimumSeverity, NoRecursive, Timeout, Jobs };
        command.SetAction(result => Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        var (files, skipped) = InputFiles.Expand(parsed.GetValue(Inputs) ?? [], recursive: !parsed.GetValue(NoRecursive));
        SkippedFilesFormatter.Write(error, skipped, parsed.IsVerbose());
        if (files.Count == 0)
        {
            error.WriteLine("没有找到要核对的文件。");
            return ExitCodes.UnusableInput;
        }

        var formatter = new CheckTextFormatter(output, parsed.GetValue(MinimumSeverity), parsed.IsVerbose());
        var options = new CheckOptions { Files = files, ReadTimeout = ReadTimeoutOption.Value(parsed.GetValue(Timeout)), Jobs = parsed.GetValue(Jobs) };
        // Each report is printed and counted, then dropped: memory does not grow with the batch.
        var tally = new CheckTally();
        foreach (var report in CheckReports.Each(options))
        {
            formatter.WriteReport(report);
            tally.Add(report);
        }

        formatter.WriteSummary(tally);
        return tally.Outcome is { } outcome ? ExitCodes.Of(outcome) : ExitCodes.Ok;
    }
}
