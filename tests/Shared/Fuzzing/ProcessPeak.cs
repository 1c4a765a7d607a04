using System.Diagnostics;

namespace Gongkai.Testing.Fuzzing;

/// <summary>What one run of a command cost as a whole process: exit code, wall time, peak resident memory, output.</summary>
internal sealed record ProcessCost(int ExitCode, TimeSpan Elapsed, long PeakBytes, string Output);

/// <summary>
/// Runs a command as its own process and samples its peak working set (the kernel's high-water mark, VmHWM on
/// Linux) until it exits, so that memory is measured per input rather than for a test host shared with other tests.
/// </summary>
internal static class ProcessPeak
{
    /// <summary>Runs <paramref name="executable"/> with <paramref name="arguments"/>, killed after <paramref name="kill"/>.</summary>
    public static ProcessCost Run(string executable, IEnumerable<string> arguments, TimeSpan kill)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {executable}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(20)))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the two calls
            }

            if (clock.Elapsed > kill)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ProcessCost(-1, clock.Elapsed, peak, $"killed after {kill.TotalSeconds:F0} s");
            }
        }

        process.WaitForExit();
        return new ProcessCost(process.ExitCode, clock.Elapsed, peak, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }
}
