using System.Collections.Concurrent;
using System.Text;
using Gongkai.Reporting;
using Gongkai.Synthetic.Files;

namespace Gongkai.Synthetic;

/// <summary>Writes a province to disk: <c>registry.csv</c>, <c>flaws.json</c> and <c>reports/&lt;year&gt;/&lt;code&gt;[.v2].html|.docx</c>.</summary>
public static class ProvinceFiles
{
    /// <summary>Writes everything under <paramref name="directory"/> (created if needed) and returns the number of report files.</summary>
    /// <remarks>Reports are generated in order on one thread and rendered in parallel; only a few are in memory at a time.</remarks>
    public static int Write(SyntheticProvince province, string directory)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        using (var registry = new StreamWriter(Path.Combine(directory, "registry.csv"), false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            WriteRegistry(province.Units, registry);
        }

        using (var manifest = File.Create(Path.Combine(directory, "flaws.json")))
        {
            FlawManifest.Write(province.Flaws, manifest);
        }

        for (var year = province.FirstYear; year < province.FirstYear + province.Years; year++)
        {
            Directory.CreateDirectory(Path.Combine(directory, "reports", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var count = 0;
        var source = Partitioner.Create(province.Reports(), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, report =>
        {
            WriteReport(report, Path.Combine(directory, RelativePath(report)));
            Interlocked.Increment(ref count);
        });
        return count;
    }

    /// <summary>Writes the registry CSV (UTF-8 BOM is the caller's encoding's business; <see cref="Write"/> writes one).</summary>
    public static void WriteRegistry(IEnumerable<SyntheticUnit> units, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(writer);
        RegistryCsv.Write(units, writer);
    }

    /// <summary>The report's path under the output directory, e.g. <c>reports/2021/JN-DS-XH.html</c>.</summary>
    public static string RelativePath(SyntheticReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var version = report.Version > 1 ? $".v{report.Version}" : "";
        var extension = IsDocx(report) ? ".docx" : ".html";
        return Path.Combine("reports", report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Unit.Code + version + extension);
    }

    // About one file in five is Word, the rest portal pages, chosen from the code, year and version so reruns agree.
    private static bool IsDocx(SyntheticReport report) =>
        (ulong)(StableRandom.Hash(report.Unit.Code) ^ (report.Year * 31L) ^ (report.Version * 7919L)) * 0x9E3779B97F4A7C15UL >> 59 < 6;

    private static void WriteReport(SyntheticReport report, string path)
    {
        using var stream = File.Create(path);
        (path.EndsWith(".docx", StringComparison.Ordinal) ? RenderFormat.Docx : RenderFormat.Html).Write(ReportDocument.From(report.Report), stream);
    }
}
