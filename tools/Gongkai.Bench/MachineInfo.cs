using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Gongkai.Bench;

/// <summary>What the numbers were measured on: cores, CPU model, memory, .NET, commit, load.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, string Memory, string DotNet, string Commit, string Load)
{
    public static MachineInfo Read(string root)
    {
        var cpu = ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "未知";
        var memKb = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var memory = memKb is null ? "未知" : $"{double.Parse(memKb, System.Globalization.CultureInfo.InvariantCulture) / 1048576:F1} GiB";
        var load = ReadLines("/proc/loadavg").FirstOrDefault() is { } l ? string.Join(' ', l.Split(' ').Take(3)) : "未知";
        return new MachineInfo(Environment.ProcessorCount, cpu, memory, RuntimeInformation.FrameworkDescription, Git(root), load);
    }

    public string Describe() => $"{Cores} 核，{Cpu}，内存 {Memory}，{DotNet}，提交 {Commit}，开始时负载 {Load}";

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];

    private static string Git(string root)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "describe", "--always", "--dirty"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start);
            var text = process?.StandardOutput.ReadToEnd().Trim();
            process?.WaitForExit();
            return string.IsNullOrEmpty(text) ? "未知" : text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "未知（没有 git）";
        }
    }
}
