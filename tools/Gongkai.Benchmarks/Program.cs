using System.Diagnostics;
using System.Globalization;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;

// Throughput and memory of parse + validate for text reports on one core (docs/benchmarks.md).
// Usage: dotnet run -c Release --project tools/Gongkai.Benchmarks -- [reports=10000] [corpus-dir]
//        dotnet run -c Release --project tools/Gongkai.Benchmarks -- render [reports=1000]
//        dotnet run -c Release --project tools/Gongkai.Benchmarks -- pdf-compare BEFORE_DIR PDF_DIR [seconds=5] [rounds=5]
if (args.Length > 2 && args[0] == "pdf-compare")
{
    if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    {
        Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    PdfReaderComparison.Run(args[1], args[2], args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 5, args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 5);
    return 0;
}

if (args.Length > 0 && args[0] == "render")
{
    if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    {
        Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    RenderBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
    return 0;
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var root = Gongkai.Testing.RepositoryRoot.Path;
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
// Warm up to steady state: tiered compilation promotes hot methods in the background after ~30 calls.
for (var round = 0; round < 3; round++)
{
    for (var i = 0; i < 1000; i++)
    {
        Run(i);
    }

    Thread.Sleep(300);
}

var rates = new List<double>();
for (var round = 0; round < 3; round++)
{
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < count / 5; i++)
    {
        Run(i);
    }

    rates.Add(count / 5 / watch.Elapsed.TotalSeconds);
}

rates.Sort();
var meanBytes = inputs.Average(i => i.Bytes.Length);
Console.WriteLine($"steady state, 3 rounds of {count / 5}: median {rates[1]:F0} reports/s (min {rates[0]:F0}, max {rates[2]:F0}) = {rates[1] * meanBytes / 1024 / 1024:F1} MB/s, i.e. {rates[1] * meanBytes / (15 * 1024):F0} reports/s at 15 KB per report");

// The brief's "typical 15 KB report": the inputs of 12 KB and more, measured alone.
var large = inputs.Where(i => i.Bytes.Length >= 12 * 1024).ToArray();
if (large.Length > 0)
{
    var watch = Stopwatch.StartNew();
    var n = count / 5;
    for (var i = 0; i < n; i++)
    {
        var (name, content) = large[i % large.Length];
        ParseAndCheck(content, name);
    }

    Console.WriteLine($"reports of 12 KB and more ({large.Length} files, mean {large.Average(i => i.Bytes.Length) / 1024.0:F1} KB): {n / watch.Elapsed.TotalSeconds:F0} reports/s");
}

var heapStart = GC.GetTotalMemory(forceFullCollection: true);
var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
var bytes = 0L;
var checkpoints = new List<string>();
var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
var pauseStart = GC.GetTotalPauseDuration();
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
Console.WriteLine($"GC pauses: {(GC.GetTotalPauseDuration() - pauseStart).TotalSeconds:F2} s (including the checkpoints' forced full collections)");
Console.WriteLine($"allocated: {(GC.GetAllocatedBytesForCurrentThread() - allocatedStart) / (double)count / 1024:F0} KB/report; GC collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
Console.WriteLine($"live heap after full GC: start {heapStart / 1024.0 / 1024.0:F1} MB; " + string.Join("; ", checkpoints));
PrintPhases();
PrintFormats();
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
return 0;

long Run(int i)
{
    var (name, content) = inputs[i % inputs.Length];
    ParseAndCheck(content, name);
    return content.Length;
}

// What a front end does with a file: read it, then check the report (the pipeline only reads).
int ParseAndCheck(byte[] content, string name, ReportPipeline? other = null)
{
    var result = (other ?? pipeline).Parse(content, name);
    if (!result.Succeeded)
    {
        throw new InvalidOperationException(result.Failure);
    }

    return Gongkai.Core.Rules.ReportChecker.Default.Check(result.Report).Count;
}

// Where the time goes: reading (decode + layout + blocks), recognition, validation, each timed alone.
void PrintPhases()
{
    var rounds = Math.Max(1, count / inputs.Length / 2);
    var documents = inputs.Select(i => Gongkai.Parsing.Reading.Text.TextDocumentReader.Instance.Read(i.Bytes, i.Name, pipeline.Limits)).ToArray();
    var reports = documents.Select(d => pipeline.Recognize(d).Report!).ToArray();
    double Time(Action<int> action)
    {
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                action(i);
            }
        }

        return watch.Elapsed.TotalMilliseconds * 1000 / (rounds * inputs.Length);
    }

    var read = Time(i => Gongkai.Parsing.Reading.Text.TextDocumentReader.Instance.Read(inputs[i].Bytes, inputs[i].Name, pipeline.Limits));
    var recognise = Time(i => pipeline.Recognize(documents[i]));
    var validate = Time(i => Gongkai.Core.Rules.ReportChecker.Default.Check(reports[i]));
    var whole = Time(i => ParseAndCheck(inputs[i].Bytes, inputs[i].Name));
    var hash = Time(i => System.Security.Cryptography.SHA256.HashData(inputs[i].Bytes));
    var rows = documents.Select(Gongkai.Parsing.Recognition.DocumentRow.Flatten).ToArray();
    var headings = rows.Select(r => Gongkai.Parsing.Recognition.SectionRecognizer.Recognize(r)).ToArray();
    var zones = rows.Select((r, i) => Gongkai.Parsing.Recognition.TableZones.Split(r, headings[i])).ToArray();
    var steps = new (string Name, Action<int> Step)[]
    {
        ("fold", i => Gongkai.Parsing.Recognition.DocumentFolding.Fold(documents[i])),
        ("flatten", i => Gongkai.Parsing.Recognition.DocumentRow.Flatten(documents[i])),
        ("sections", i => Gongkai.Parsing.Recognition.SectionRecognizer.Recognize(rows[i])),
        ("metadata", i => Gongkai.Parsing.Recognition.MetadataRecognizer.Recognize(rows[i], headings[i])),
        ("zones", i => Gongkai.Parsing.Recognition.TableZones.Split(rows[i], headings[i])),
        ("requests", i => Gongkai.Parsing.Tables.Requests.RequestsTableMapper.Map(Gongkai.Parsing.Recognition.ParagraphRowJoiner.Join(zones[i][Gongkai.Core.Model.TableKind.Requests]))),
        ("proactive", i => Gongkai.Parsing.Tables.Proactive.ProactiveTableMapper.Map(zones[i][Gongkai.Core.Model.TableKind.Proactive], Gongkai.Core.Model.TemplateVersion.V2021)),
        ("appeals", i => Gongkai.Parsing.Tables.Appeals.AppealsTableMapper.Map(zones[i][Gongkai.Core.Model.TableKind.Appeals])),
        ("narrative", i => Gongkai.Parsing.Recognition.NarrativeFigureExtractor.Extract(rows[i], headings[i])),
        ("join", i => { foreach (var zone in zones[i].Values) { Gongkai.Parsing.Recognition.ParagraphRowJoiner.Join(zone); } }),
        ("detect", i => Gongkai.Parsing.Tables.TemplateDetector.Detect(zones[i][Gongkai.Core.Model.TableKind.Proactive], reports[i].Requests)),
        ("texts", i => Gongkai.Parsing.Recognition.SectionTexts.Collect(rows[i], headings[i], new HashSet<int>())),
        ("recognizer", i => Gongkai.Parsing.Pipeline.ReportRecognizer.Recognize(documents[i])),
    };
    Console.WriteLine("recognition steps (µs/report): " + string.Join(", ", steps.Select(s => $"{s.Name} {Time(s.Step):F0}")));
    Console.WriteLine($"phases (µs/report): read {read:F0}, recognise {recognise:F0}, validate {validate:F0}, sha-256 {hash:F0}; whole pipeline {whole:F0}");
}

// Native formats, one core: the generated fixtures (tests/fixtures/raw) and the corpus PDFs, each format for about 5 s.
void PrintFormats()
{
    var native = new ReportPipelineBuilder().UseHtml().UseDocx().UsePdf().Build();
    var fixtures = Directory.GetFiles(Path.Combine(root, "tests", "fixtures", "raw"))
        .Concat(Directory.Exists(Path.Combine(corpus, "raw")) ? Directory.GetFiles(Path.Combine(corpus, "raw"), "*.pdf") : [])
        .ToList();
    foreach (var extension in new[] { ".html", ".docx", ".pdf" })
    {
        var files = fixtures.Where(f => f.EndsWith(extension, StringComparison.Ordinal)).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
        if (files.Length == 0)
        {
            continue;
        }

        for (var i = 0; i < files.Length * 3; i++)
        {
            ParseAndCheck(files[i % files.Length].Bytes, files[i % files.Length].Name, native);
        }

        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            var (name, bytes) = files[runs++ % files.Length];
            ParseAndCheck(bytes, name, native);
        }

        var pages = extension == ".pdf" ? $", {files.Average(f => PageCount(f.Bytes)):F1} pages on average" : "";
        Console.WriteLine($"{extension[1..]}: {files.Length} files, mean {files.Average(f => f.Bytes.Length) / 1024.0:F0} KB{pages}: {runs / watch.Elapsed.TotalSeconds:F0} reports/s");
    }
}

static int PageCount(byte[] pdf)
{
    using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
    return document.NumberOfPages;
}

static string RuntimeInfo() => $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores on machine";
