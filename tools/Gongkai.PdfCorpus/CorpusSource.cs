using System.Text;
using Gongkai.Core.Serialization;
using Gongkai.Reporting;

namespace Gongkai.PdfCorpus;

/// <summary>
/// What a PDF of the corpus prints: a report rendered by our writers from its canonical JSON, or a real report's
/// text page (one paragraph a line). Either way its truth is the JSON it came with.
/// </summary>
/// <param name="Name">A short, stable name for file names and the manifest.</param>
/// <param name="TruthJson">The truth, written as <c>truth/STEM.json</c> unchanged.</param>
/// <param name="Document">The report to render, for a JSON source.</param>
/// <param name="Lines">The page's lines, for a text source.</param>
public sealed record CorpusSource(string Name, string TruthJson, ReportDocument? Document, IReadOnlyList<string>? Lines)
{
    /// <summary>Whether this is a text page rather than a rendered report.</summary>
    public bool IsText => Lines is not null;

    /// <summary>The fictional samples with complete tables (<c>samples/expected/*.json</c>): s05 is left out, its tables are partial.</summary>
    public static IReadOnlyList<CorpusSource> Samples(string samplesDirectory) =>
        [.. Directory.GetFiles(Path.Combine(samplesDirectory, "expected"), "*.json")
            .Order(StringComparer.Ordinal)
            .Where(file => !Path.GetFileName(file).Contains("incomplete", StringComparison.Ordinal))
            .Select(file => FromJson(Path.GetFileNameWithoutExtension(file)[..3], file))];

    /// <summary>The shared corpus's reports rendered from their truth (<c>cNNN</c>) and its text pages as they are (<c>tNNN</c>).</summary>
    public static IReadOnlyList<CorpusSource> SharedCorpus(string corpusDirectory)
    {
        var truth = Path.Combine(corpusDirectory, "truth");
        if (!Directory.Exists(truth))
        {
            return [];
        }

        var sources = new List<CorpusSource>();
        foreach (var file in Directory.GetFiles(truth, "*.json").Order(StringComparer.Ordinal))
        {
            sources.Add(FromJson("c" + ShortName(file), file));
        }

        foreach (var file in Directory.GetFiles(truth, "*.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var text = Path.Combine(corpusDirectory, "raw", stem + ".txt");
            if (File.Exists(text))
            {
                var lines = File.ReadAllText(text, Encoding.UTF8).ReplaceLineEndings("\n").TrimStart('\uFEFF').Split('\n');
                sources.Add(new CorpusSource("t" + ShortName(file), File.ReadAllText(file), null, lines));
            }
        }

        return sources;
    }

    // The corpus's stems start with a unique number (000_4546add07a5cb73c): the number alone keeps file names short.
    private static string ShortName(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        var cut = stem.IndexOf('_', StringComparison.Ordinal);
        return cut > 0 ? stem[..cut] : stem;
    }

    private static CorpusSource FromJson(string name, string file)
    {
        var json = File.ReadAllText(file);
        return new CorpusSource(name, json, ReportDocument.From(ReportJsonReader.Read(json, file)), null);
    }
}
