using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Reading;

/// <summary>
/// The PDF reader of this build against an earlier build's (a folder holding its <c>Gongkai.Parsing.Pdf.dll</c> and
/// dependencies, loaded beside this one), on one core, taking turns round by round so that a loaded machine
/// weighs on both alike (docs/benchmarks.md, "PDF: one pass per page"). Milliseconds of CPU per report, median ratio.
/// </summary>
internal static class PdfReaderComparison
{
    public static void Run(string before, string folder, double seconds, int rounds)
    {
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
        var earlier = EarlierReader(before);
        Action<byte[], string> current = (bytes, name) => PdfDocumentReader.Instance.Read(bytes, name, ReaderLimits.Default);
        Console.WriteLine($"inputs: {files.Length} PDFs from {folder}; one core; {seconds} s per reader per round, {rounds} rounds");
        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var b = CpuPerReport(earlier, files, seconds);
            var a = CpuPerReport(current, files, seconds);
            ratios.Add(b / a);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: before {b:F1} ms/report ({1000 / b:F0}/s), after {a:F1} ms/report ({1000 / a:F0}/s), before/after {b / a:F2}"));
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median before/after: {ratios[ratios.Count / 2]:F2}"));
    }

    // CPU time (all threads: JIT, GC) per report, after a warm-up of three passes.
    private static double CpuPerReport(Action<byte[], string> read, (string Name, byte[] Bytes)[] files, double seconds)
    {
        for (var i = 0; i < files.Length * 3; i++)
        {
            read(files[i % files.Length].Bytes, files[i % files.Length].Name);
        }

        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var (name, bytes) = files[count++ % files.Length];
            read(bytes, name);
        }

        process.Refresh();
        return (process.TotalProcessorTime - start).TotalMilliseconds / count;
    }

    private static Action<byte[], string> EarlierReader(string folder)
    {
        var context = new AssemblyLoadContext("before");
        context.Resolving += (c, name) => File.Exists(Path.Combine(folder, name.Name + ".dll")) ? c.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        var pdf = context.LoadFromAssemblyPath(Path.Combine(folder, "Gongkai.Parsing.Pdf.dll"));
        var parsing = context.LoadFromAssemblyName(new AssemblyName("Gongkai.Parsing"));
        var readerType = pdf.GetType("Gongkai.Parsing.Pdf.PdfDocumentReader", throwOnError: true)!;
        var reader = readerType.GetProperty("Instance")!.GetValue(null)!;
        var limits = parsing.GetType("Gongkai.Parsing.Reading.ReaderLimits", throwOnError: true)!.GetProperty("Default")!.GetValue(null)!;
        var read = readerType.GetMethods().First(m => m.Name == "Read" && m.GetParameters() is [{ ParameterType: var first }, _, _, _] && first == typeof(ReadOnlyMemory<byte>));
        return (bytes, name) => read.Invoke(reader, [new ReadOnlyMemory<byte>(bytes), name, limits, CancellationToken.None]);
    }
}
