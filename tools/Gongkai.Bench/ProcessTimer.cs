using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Bench;

/// <summary>
/// Runs a command as its own process under <c>/usr/bin/time -f "%M"</c> (peak resident set of the process and of its
/// children, in KiB), its output sent to files by the shell rather than piped through this process, so the bench takes
/// no CPU from what it measures; wall time by a stopwatch around it.
/// </summary>
internal static class ProcessTimer
{
    public const string TimeTool = "/usr/bin/time";

    /// <summary>Runs <paramref name="command"/> (argv) in <paramref name="scratch"/>; an exit code outside <paramref name="exits"/> is a failure.</summary>
    public static Measurement Run(IReadOnlyList<string> command, string scratch, IReadOnlyCollection<int> exits)
    {
        var rssFile = Path.Combine(scratch, "time.txt");
        var errorFile = Path.Combine(scratch, "stderr.txt");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec {TimeTool} -f '%M' -o \"$0\" \"$@\" >/dev/null 2>'{errorFile}' </dev/null");
        start.ArgumentList.Add(rssFile);
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sh did not start");
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var lines = File.Exists(rssFile) ? File.ReadAllLines(rssFile) : [];
        var kib = lines.Select(l => double.TryParse(l.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).LastOrDefault(v => v is not null) ?? 0;
        string? failure = null;
        if (!exits.Contains(process.ExitCode))
        {
            var error = File.Exists(errorFile) ? File.ReadAllText(errorFile).Trim() : "";
            var firstLine = error.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
            failure = $"退出码 {process.ExitCode}{(firstLine.Length > 0 ? "：" + firstLine : "")}";
        }

        return new Measurement(seconds, kib / 1024, process.ExitCode, failure);
    }
}
