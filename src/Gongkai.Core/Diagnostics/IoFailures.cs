namespace Gongkai.Core.Diagnostics;

/// <summary>
/// A file-system exception as a short Chinese reason. .NET's own messages are English on every culture; they are the
/// technical detail, shown by the CLI only with <c>--verbose</c>.
/// </summary>
public static class IoFailures
{
    // errno values Linux gives, which .NET carries in HResult for IOException on Unix.
    private const int TooManyLinks = 40;
    private const int NoSpace = 28;

    /// <summary>Why <paramref name="exception"/> happened, in a few Chinese words (no final punctuation).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "路径中的目录不存在",
        PathTooLongException => "路径过长",
        UnauthorizedAccessException => "没有访问权限",
        IOException { HResult: TooManyLinks } when !OperatingSystem.IsWindows() => "符号链接层数过多（链接可能成环）",
        IOException { HResult: NoSpace } when !OperatingSystem.IsWindows() => "磁盘空间不足",
        IOException => "系统读写出错",
        _ => "系统错误",
    };
}
