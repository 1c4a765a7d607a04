namespace Gongkai.Eval;

/// <summary>One way the summary groups the files: its label (<c>按生成工具</c>) and each file's value, or null to leave a file out.</summary>
internal sealed record EvalGrouping(string Label, Func<EvaluatedFile, string?> Key)
{
    /// <summary>The summary's label for grouping by a PDF's own <c>/Producer</c>.</summary>
    public const string PdfProducerLabel = "按 PDF 生成程序";

    /// <summary>
    /// The groupings of a corpus: one per column of its <see cref="CorpusManifest"/> (a file it does not list is
    /// grouped as 未列出), then the PDFs' own producer (<paramref name="producers"/>, by raw file).
    /// </summary>
    public static IReadOnlyList<EvalGrouping> For(CorpusManifest? manifest, IReadOnlyDictionary<string, string?> producers)
    {
        ArgumentNullException.ThrowIfNull(producers);
        var groupings = new List<EvalGrouping>();
        foreach (var column in manifest?.Columns ?? [])
        {
            groupings.Add(new EvalGrouping(CorpusManifest.Label(column), f => manifest!.ValueOf(f.RawFile, column) ?? "（未列出）"));
        }

        if (producers.Values.Any(p => p is not null))
        {
            groupings.Add(new EvalGrouping(PdfProducerLabel, f => producers.GetValueOrDefault(f.RawFile)));
        }

        return groupings;
    }
}
