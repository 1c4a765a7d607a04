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

    public static Command Create()
    {
        var command = new Command("parse", "解析报告，输出规范 JSON（gongkai/annual-report@1）") { Inputs, Out, Canonical, NoRecursive, Timeout };
        command.SetAction(result => Run(
            new ParseOptions(result.GetValue(Inputs) ?? [], result.GetValue(Out), result.GetValue(Canonical), !result.GetValue(NoRecursive), result.IsVerbose(), ReadTimeoutOption.Value(result.GetValue(Timeout))),
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
        var exit = ExitCodes.Ok;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in CheckReports.Each(new CheckOptions { Files = files, ReadTimeout = options.ReadTimeout }))
        {
            var file = result.File;
            if (!result.Succeeded)
            {
                FailureFormatter.Write(error, result.Failure, result.FailureDetail, options.Verbose);
                exit = ExitCodes.UnusableInput;
                continue;
            }

            if (options.OutDirectory is null)
            {
                output.WriteLine(ReportJsonWriter.Write(result.Report, result.Findings, json));
                continue;
            }

            var target = UniquePath(options.OutDirectory, Path.GetFileNameWithoutExtension(file), written);
            try
            {
                Directory.CreateDirectory(options.OutDirectory);
                using var stream = File.Create(target);
                ReportJsonWriter.Write(stream, result.Report, result.Findings, json);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                FailureFormatter.Write(error, $"无法写入 {target}（{IoFailures.Describe(ex)}）。", ex, options.Verbose);
                return ExitCodes.UnusableInput;
            }

            output.WriteLine($"{file} → {target}");
        }

        return exit;
    }

    private static string UniquePath(string directory, string stem, HashSet<string> written)
    {
        var path = Path.Combine(directory, stem + ".json");
        for (var n = 2; !written.Add(path); n++)
        {
            path = Path.Combine(directory, $"{stem}-{n}.json");
        }

        return path;
    }

    private sealed record ParseOptions(string[] Inputs, string? OutDirectory, bool CanonicalOnly, bool Recursive, bool Verbose, TimeSpan? ReadTimeout);
}
