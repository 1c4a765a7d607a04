using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Deadlines;
using Gongkai.Core.Diagnostics;
using Gongkai.Cli.Formatting;

namespace Gongkai.Cli.Commands;

/// <summary>What the <c>cases</c> verbs share: <c>--user</c>, reading dates and choices, and reporting a failure.</summary>
internal static class CaseVerbs
{
    public static Option<string?> User() => new("--user") { Description = "记录为经办或操作的人员，默认为当前系统用户名", HelpName = "姓名" };

    public static string UserOf(ParseResult result, Option<string?> user) =>
        result.GetValue(user) is { Length: > 0 } name ? name : Environment.UserName;

    /// <summary>Reads <paramref name="text"/> as a date of <paramref name="option"/>, or writes why not.</summary>
    public static bool TryDate(string? text, string option, TextWriter error, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DeadlineInput.TryParseDate(text, out var day, out var problem))
        {
            error.WriteLine($"命令行错误：{option} {problem}");
            return false;
        }

        date = day;
        return true;
    }

    /// <summary>Writes a choice's problem as a command-line error.</summary>
    public static int BadChoice(TextWriter error, string option, string? problem)
    {
        error.WriteLine($"命令行错误：{option} {problem}");
        return ExitCodes.BadUsage;
    }

    /// <summary>Writes <paramref name="failure"/> and returns its exit code.</summary>
    public static int Fail(TextWriter error, UseCaseFailure failure, ParseResult result)
    {
        FailureFormatter.Write(error, failure, result.IsVerbose());
        return ExitCodes.Of(failure.Kind);
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, or says why not.</summary>
    public static bool TryWrite(string path, byte[] bytes, TextWriter error)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}：无法写入文件（{IoFailures.Describe(ex)}）。");
            return false;
        }
    }
}
