using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gongkai.PdfCorpus;

/// <summary>
/// Writes the corpus: <c>raw/STEM.pdf</c>, <c>truth/STEM.json</c> (the source's truth, unchanged), <c>manifest.csv</c>
/// (<see cref="CorpusItem.ManifestHeader"/>) and the printed pages under <c>source/</c>. The output folder is emptied
/// first, so the same inputs give the same file list and truth.
/// </summary>
public static class PdfCorpusGenerator
{
    /// <summary>Plans and prints the corpus of <paramref name="sources"/> into <paramref name="output"/>, two prints at a time; progress to <paramref name="log"/>.</summary>
    /// <returns>The items printed, in stem order.</returns>
    public static IReadOnlyList<CorpusItem> Generate(IReadOnlyList<CorpusSource> sources, string output, int perClass, TextWriter log, int parallelism = 2)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var source = Directory.CreateDirectory(Path.Combine(output, "source")).FullName;
        var check = Stopwatch.StartNew();
        var plan = CorpusPlan.Build(sources, perClass, (item, s) => SourceCheck.Problem(item, s, source), (item, why) => log.WriteLine($"跳过 {item.Stem}：{why}"));
        log.WriteLine($"计划 {plan.Count} 份 PDF（源文件检查用时 {check.Elapsed.TotalSeconds:F0} 秒）");
        return Print(plan, output, log, parallelism);
    }

    /// <summary>Prints <paramref name="plan"/> into <paramref name="output"/> (raw/, truth/, source/, manifest.csv); an item whose print fails is reported and left out.</summary>
    public static IReadOnlyList<CorpusItem> Print(IReadOnlyList<(CorpusItem Item, CorpusSource Source)> plan, string output, TextWriter log, int parallelism = 2)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(log);
        var raw = Directory.CreateDirectory(Path.Combine(output, "raw")).FullName;
        var truth = Directory.CreateDirectory(Path.Combine(output, "truth")).FullName;
        var source = Directory.CreateDirectory(Path.Combine(output, "source")).FullName;
        var printed = new ConcurrentBag<CorpusItem>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(plan, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, entry =>
        {
            var (item, from) = entry;
            try
            {
                PdfPrinter.Print(item, from, source, Path.Combine(raw, item.Stem + ".pdf"));
                File.WriteAllText(Path.Combine(truth, item.Stem + ".json"), from.TruthJson);
                printed.Add(item);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
            {
                lock (log)
                {
                    log.WriteLine($"打印失败 {item.Stem}：{ex.Message}");
                }
            }
        });

        var items = printed.OrderBy(i => i.Stem, StringComparer.Ordinal).ToList();
        File.WriteAllLines(Path.Combine(output, "manifest.csv"), [CorpusItem.ManifestHeader, .. items.Select(i => i.ManifestRow)]);
        log.WriteLine($"已生成 {items.Count}/{plan.Count} 份 PDF，打印用时 {clock.Elapsed.TotalSeconds:F0} 秒：{output}");
        return items;
    }
}
