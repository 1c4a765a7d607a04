using System.Diagnostics;
using System.Globalization;
using Gongkai.Parsing.Pipeline;

// Throughput and memory of parse + validate for text reports on one core (docs/benchmarks.md).
// Usage: dotnet run -c Release --project tools/Gongkai.Benchmarks -- [reports=10000] [corpus-dir]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var root = FindRoot();
var files = Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").ToList();
var corpus = args.Length > 1 ? args[1] : Path.Combine(root, "..", "shared", "corpus");
if (Directory.Exists(Path.Combine(corpus, "raw")))
{
    files.AddRange(Directory.GetFiles(Path.Combine(corpus, "raw"), "*.txt"));
}

var inputs = files.Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

var pipeline = ReportParser.Default;

Console.WriteLine($"inputs: {inputs.Length} text reports, mean {inputs.Average(i => i.Bytes.Length) / 1024.0:F1} KB (min {inputs.Min(i => i.Bytes.Length) / 1024.0:F1}, max {inputs.Max(i => i.Bytes.Length) / 1024.0:F1}); one core; {RuntimeInfo()}");
for (var i = 0; i < 1000; i++)
{
    Run(i);
}

var heapStart = GC.GetTotalMemory(forceFullCollection: true);
var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
var bytes = 0L;
var checkpoints = new List<string>();
var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
var clock = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    bytes += Run(i);
    if ((i + 1) % (count / 5) == 0)
    {
        clock.Stop();
        checkpoints.Add($"{i + 1}: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F1} MB");
        clock.Start();
    }
}

clock.Stop();
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"parse+validate: {count} reports in {seconds:F2} s = {count / seconds:F0} reports/s ({seconds * 1e6 / count:F0} µs/report, {bytes / seconds / 1024 / 1024:F1} MB/s)");
Console.WriteLine($"cpu time: {cpu:F2} s = {count / cpu:F0} reports per cpu-second (includes the checkpoints' full GCs)");
Console.WriteLine($"allocated: {(GC.GetAllocatedBytesForCurrentThread() - allocatedStart) / (double)count / 1024:F0} KB/report; GC collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
Console.WriteLine($"live heap after full GC: start {heapStart / 1024.0 / 1024.0:F1} MB; " + string.Join("; ", checkpoints));
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
return 0;

long Run(int i)
{
    var (name, content) = inputs[i % inputs.Length];
    var result = pipeline.Parse(content, name);
    if (!result.Succeeded)
    {
        throw new InvalidOperationException(result.Failure);
    }

    return content.Length;
}

static string RuntimeInfo() => $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores on machine";

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Gongkai.slnx")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Gongkai.slnx not found");
}
