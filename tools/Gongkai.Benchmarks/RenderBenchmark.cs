using System.Diagnostics;
using Gongkai.Core.Authoring;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;
using Gongkai.Reporting;
using Gongkai.Synthetic;

/// <summary>
/// Rendering speed and memory (docs/benchmarks.md, "Rendering"): synthetic reports completed, rendered to each
/// format and parsed back, on one core; time and bytes allocated per report.
/// </summary>
internal static class RenderBenchmark
{
    public static void Run(int count)
    {
        var reports = SyntheticProvince.Create(seed: 3, units: 200, firstYear: 2019, years: 4).Reports()
            .Select(r => r.Report).Take(count).ToList();
        var pipeline = new ReportPipelineBuilder().UseHtml().UseDocx().UseXlsx().Build();
        Console.WriteLine($"inputs: {reports.Count} synthetic reports (2019–2022, both editions); one core");
        foreach (var format in RenderFormats.All)
        {
            byte[] Render(int i) => format.Render(ReportDocument.From(ReportCompleter.Complete(reports[i % reports.Count]).Report));
            for (var i = 0; i < 200; i++)
            {
                pipeline.Parse(Render(i), "warm" + format.Extension());
            }

            var (renderRate, renderBytes, size) = Measure(reports.Count, i => Render(i).Length);
            var rendered = Enumerable.Range(0, reports.Count).Select(Render).ToList();
            var (parseRate, parseBytes, _) = Measure(reports.Count, i => pipeline.Parse(rendered[i], "r" + format.Extension()).Report is null ? 0 : 1);
            Console.WriteLine($"{format,-8} render {renderRate,6:F0} reports/s, {renderBytes / 1024.0,7:F0} KB allocated each, file {size / 1024.0:F1} KB · parse back {parseRate,5:F0} reports/s, {parseBytes / 1024.0,7:F0} KB allocated each");
        }
    }

    // Rate per second, bytes allocated per call, mean of what the call returns.
    private static (double Rate, double Bytes, double Mean) Measure(int count, Func<int, int> run)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            total += run(i);
        }

        return (count / watch.Elapsed.TotalSeconds, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count, total / (double)count);
    }
}
