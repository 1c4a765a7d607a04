using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Inspecting;
using Gongkai.Cli.Formatting;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai dump FILE</c>: what the reader saw — paragraphs and table rows with their sources — for checking a misread file.</summary>
internal static class DumpCommand
{
    private static readonly Argument<string> Input = new("文件") { Description = "报告文件" };

    public static Command Create()
    {
        var command = new Command("dump", "显示读取结果：按原文顺序列出段落和表格各行（含页码、行号），用于排查读错的文件") { Input };
        command.SetAction(result => Run(result.GetValue(Input)!, result.IsVerbose(), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, bool verbose, TextWriter output, TextWriter error)
    {
        var inspected = InspectDocument.Run(new InspectOptions { File = file });
        if (inspected.Failure is { } failure)
        {
            FailureFormatter.Write(error, failure, verbose);
            return ExitCodes.Of(failure.Kind);
        }

        DocumentDumpFormatter.Write(output, inspected.Document!);
        return ExitCodes.Ok;
    }
}
