using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Checking;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Serialization;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai parse FILE</c>: the canonical JSON of one report on stdout; <c>--out DIR</c> for many.</summary>
internal static class ParseCommand
{
    private static readonly Argument<string[]> Inputs = InputArguments.Create("报告文件或目录");

    private static readonly Option<string?> Out = new("--out", "-o") { Description = "输出目录：每个输入写一个 JSON 文件" };

    private static readonly Option<bool> NoRecursive = InputArguments.NoRecursive();

    private static readonly Option<bool> Canonical = new("--canonical") { Description = "只输出规范字段（schema … appeals），不含章节、诊断和来源" };

    private static readonly Option<double?> Timeout = ReadTimeoutOption.Create();

    private static readonly Option<int?> Jobs = JobsOption.Create();

    public static Command Create()
    {
        var command = new Command("parse", "解析报告，输出规范 JSON（gongkai/annual-report@1）") { Inputs, Out, Canonical, NoRecursive, Timeout, Jobs };
        command.SetAction(result => Run(
            new ParseOptions(result.GetValue(Inputs) ?? [], result.GetValue(Out), result.GetValue(Canonical), !result.GetValue(NoRecursive), result.IsVerbose(), ReadTimeoutOption.Value(result.GetValue(Timeout)), result.GetValue(Jobs)),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ParseOptions options, TextWriter output, TextWriter error)
    {
        var (files, skipped) = InputFiles.Expand(options.Inputs, options.Recursive);
        SkippedFilesFormatter.Write(error, skipped, options.Verbose);
        if (options.OutDirectory is null && files.Count != 1)
        {
            error.WriteLine(files.Count == 0 ? "没有找到要解析的文件。" : $"有 {files.Count} 个输入：请用 --out 指定输出目录，每个输入写一个 JSON 文件。");
            return files.Count == 0 ? ExitCodes.UnusableInput : ExitCodes.BadUsage;
        }

        var json = options.CanonicalOnly ? ReportJsonOptions.CanonicalOnly : ReportJsonOptions.Default;
        var check = new CheckOptions { Files = files, ReadTimeout = options.ReadTimeout, Jobs = options.Jobs };
        if (options.OutDirectory is not { } directory)
        {
            var only = CheckReports.Each(check).Single();
            if (!only.Succeeded)
            {
                FailureFormatter.Write(error, only.Failure, only.FailureDetail, options.Verbose);
                return ExitCodes.UnusableInput;
            }

            output.WriteLine(ReportJsonWriter.Write(only.Report, only.Findings, json));
            return ExitCodes.Ok;
        }

        // The workers serialise each report and write it when its name is planned; this loop prints in input order.
        var names = new ParseOutputNames(directory, files);
        var exit = ExitCodes.Ok;
        foreach (var done in CheckReports.Each(check, (result, index) => ParsedOutput.Of(result, index, names.Planned(index), json)))
        {
            if (!done.Result.Succeeded)
            {
                FailureFormatter.Write(error, done.Result.Failure, done.Result.FailureDetail, options.Verbose);
                exit = ExitCodes.UnusableInput;
                continue;
            }

            var target = done.Target ?? names.Claim(done.Index, done.Result.File);
            if ((done.Target is null ? ParsedOutput.Save(target, stream => stream.Write(done.Json)) : done.WriteFailure) is { } failure)
            {
                FailureFormatter.Write(error, $"无法写入 {target}（{IoFailures.Describe(failure)}）。", failure, options.Verbose);
                return ExitCodes.UnusableInput;
            }

            output.WriteLine($"{done.Result.File} → {target}");
        }

        return exit;
    }

    private sealed record ParseOptions(string[] Inputs, string? OutDirectory, bool CanonicalOnly, bool Recursive, bool Verbose, TimeSpan? ReadTimeout, int? Jobs);
}
