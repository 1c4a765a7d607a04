using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Eval;

/// <summary>
/// Scores the parser on a corpus: each report file against the truth JSON of the same stem, cell by cell.
/// A corpus is <c>raw/</c> + <c>truth/</c> (the shared corpus) or report files + <c>expected/</c> (our samples).
/// </summary>
public static class CorpusEvaluator
{
    /// <summary>The (report, truth) pairs of the corpus at <paramref name="directory"/>, sorted by name.</summary>
    public static IReadOnlyList<(string Raw, string Truth)> Pairs(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var (rawDir, truthDir) = Directory.Exists(Path.Combine(directory, "raw")) && Directory.Exists(Path.Combine(directory, "truth"))
            ? (Path.Combine(directory, "raw"), Path.Combine(directory, "truth"))
            : (directory, Path.Combine(directory, "expected"));
        if (!Directory.Exists(truthDir))
        {
            return [];
        }

        return Directory.EnumerateFiles(rawDir)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(f => (Raw: f, Truth: Path.Combine(truthDir, Path.GetFileNameWithoutExtension(f) + ".json")))
            .Where(p => File.Exists(p.Truth))
            .OrderBy(p => p.Raw, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses <paramref name="rawFile"/> with <paramref name="pipeline"/> and compares it with <paramref name="truthFile"/>.</summary>
    /// <exception cref="ReportJsonException">The truth file is not a valid report JSON.</exception>
    public static EvaluatedFile Evaluate(ReportPipeline pipeline, string rawFile, string truthFile)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);
        return Compare(pipeline.ParseFile(rawFile), truthFile, truth);
    }

    /// <summary>Compares the file already read as <paramref name="parsed"/> with <paramref name="truthFile"/>.</summary>
    /// <exception cref="ReportJsonException">The truth file is not a valid report JSON.</exception>
    public static EvaluatedFile Evaluate(ParseResult parsed, string truthFile)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return Compare(parsed, truthFile, ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile));
    }

    private static EvaluatedFile Compare(ParseResult parsed, string truthFile, Core.Model.AnnualReport truth) =>
        new(parsed.File, truthFile, parsed.Report?.Input?.Format ?? "unreadable", ReportComparer.Compare(truth, parsed.Report), parsed.Failure);
}
