using System.CommandLine;

namespace Gongkai.Cli;

/// <summary>Options every verb takes.</summary>
internal static class GlobalOptions
{
    /// <summary>
    /// <c>--verbose</c>: the technical detail (exception type and message, from libraries whose texts are English) behind a
    /// Chinese message, and each file skipped. Without it, nothing but Chinese reaches the user.
    /// </summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "显示技术细节（异常类型和原文信息）以及逐个跳过的文件", Recursive = true };

    /// <summary>Whether <c>--verbose</c> was given.</summary>
    public static bool IsVerbose(this ParseResult result) => result.GetValue(Verbose);
}
