using System.Diagnostics;

namespace Gongkai.Bench;

/// <summary>How many bytes an export writes, measured once by running it to standard output, for the row's <c>dd</c> baseline.</summary>
internal static class ExportSize
{
    /// <summary>Runs <paramref name="command"/> (argv, writing to standard output) and counts what it writes.</summary>
    public static long Of(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"无法启动 {command[0]}");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.BaseStream;
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = output.Read(buffer)) > 0)
        {
            total += read;
        }

        process.WaitForExit();
        return process.ExitCode == 0
            ? total
            : throw new InvalidOperationException($"为基线测量导出大小时失败（退出码 {process.ExitCode}）：{errors.Result.Trim()}");
    }
}
