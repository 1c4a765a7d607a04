using System.Globalization;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;
using Gongkai.Testing;
using Gongkai.Testing.Fuzzing;

// Seeded mutation fuzzing of the HTML, DOCX, XLSX, PDF and text readers; the samples' text reports are also recast
// in the layouts of issue #14 (cells one per line, duplicates dropped, glued bodies, detached labels, placeholder
// headers, HTML fragments, crawl headers).
// Usage: dotnet run -c Release --project tools/Gongkai.Fuzz -- [runs=100000] [seed=1] [html|docx|xlsx|pdf|txt|all|hostile]
//        dotnet run -c Release --project tools/Gongkai.Fuzz -- hostile DIR   (writes the hostile shapes, full size, to DIR)
// "all" fuzzes the fixtures and the hostile shapes at a hundredth of full size, "hostile" the shapes at full size.
// Fails on an exception, a hang, a read that used up its budget, a refusal not naming the file in Chinese, or a peak
// working set over the memory bound.
if (args is ["hostile", var folder])
{
    Directory.CreateDirectory(folder);
    foreach (var (name, make) in HostileInputs.FullSize)
    {
        var bytes = make();
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
        Console.WriteLine($"{name}: {bytes.Length / 1024.0 / 1024.0:F2} MB");
    }

    return 0;
}

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
var format = args.Length > 2 ? args[2] : "all";
var pipeline = new ReportPipelineBuilder().UseHtml().UseDocx().UseXlsx().UsePdf().Build();
var seeds = format == "hostile"
    ? HostileInputs.FullSize.Select(s => (s.Name, s.Make())).ToList()
    : Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw"))
        .Concat(Directory.GetFiles(RepositoryRoot.Samples, "*.txt"))
        .Where(f => format == "all" || Path.GetExtension(f).TrimStart('.') == format)
        .Where(f => !f.EndsWith(".doc", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
        .Concat(HostileInputs.Small.Where(s => format == "all" || s.Name.StartsWith(format, StringComparison.Ordinal)).Select(s => (s.Name, s.Make())))
        .ToList();
Console.WriteLine($"fuzzing {runs} inputs from {seeds.Count} seed files ({format}), seed {seed}, {Environment.ProcessorCount} threads");
var result = FuzzRun.Run(pipeline, seeds, runs, seed, pipeline.Limits.ReadTimeout + TimeSpan.FromSeconds(15));
var bound = (Environment.ProcessorCount + 1) * HostileInputs.PeakMemoryBound;
Console.WriteLine($"{result.Runs} runs in {result.Elapsed.TotalSeconds:F0} s ({result.Runs / result.Elapsed.TotalSeconds:F0}/s): {result.Parsed} read as reports, {result.Refused} refused with a message, {result.Exceptions.Count} exceptions, {result.Hangs.Count} over the time limit, {result.OverBudget.Count} over the read budget, {result.Unnamed.Count} refusals not naming the file in Chinese; slowest {result.Slowest.TotalSeconds:F2} s; peak working set {result.PeakWorkingSet / 1024 / 1024} MB (bound {bound / 1024 / 1024} MB)");
foreach (var line in result.Findings.Take(40))
{
    Console.WriteLine("  " + line);
}

return !result.Findings.Any() && result.PeakWorkingSet < bound ? 0 : 1;
