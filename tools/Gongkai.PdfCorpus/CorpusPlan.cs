namespace Gongkai.PdfCorpus;

/// <summary>
/// The corpus's sample: not the cross product, a deterministic rotation. For each producer and each page class it
/// prints <c>perClass</c> reports, taking the sources in a rotation that starts at a different place for each
/// (producer, class) and skipping a source whose page does not read back exactly (<see cref="SourceCheck"/>); table
/// style, paper and font rotate with each accepted item, so each producer prints each style, paper and font several
/// times. Every text page is printed by every producer.
/// </summary>
public static class CorpusPlan
{
    /// <summary>Items printed per producer and page class by default: 4 gives about 130 PDFs.</summary>
    public const int DefaultPerClass = 4;

    /// <summary>
    /// The items for <paramref name="sources"/>, each with its source; <paramref name="problem"/> checks a candidate
    /// (null: accepted) and <paramref name="skipped"/> hears of each rejected one.
    /// </summary>
    public static IReadOnlyList<(CorpusItem Item, CorpusSource Source)> Build(
        IReadOnlyList<CorpusSource> sources, int perClass, Func<CorpusItem, CorpusSource, string?> problem, Action<CorpusItem, string> skipped)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(skipped);
        var reports = sources.Where(s => !s.IsText).ToList();
        var texts = sources.Where(s => s.IsText).ToList();
        var plan = new List<(CorpusItem, CorpusSource)>();
        for (var p = 0; p < Producers.All.Count; p++)
        {
            var producer = Producers.All[p];
            var styles = TableStyles.For(producer);
            var papers = PageSizes.For(producer);
            var k = 0;
            var classes = PageClasses.ForReports(producer);
            for (var c = 0; c < classes.Count && reports.Count > 0; c++)
            {
                var start = ((p * 7) + (c * perClass)) % reports.Count;
                var accepted = 0;
                for (var attempt = 0; attempt < reports.Count && accepted < perClass; attempt++)
                {
                    var source = reports[(start + attempt) % reports.Count];
                    var item = new CorpusItem($"{source.Name}-{producer}-{classes[c]}", producer, source.Name, classes[c],
                        styles[k % styles.Count], papers[k % papers.Count].Name, Fonts.All[(k + p) % Fonts.All.Count].Name);
                    if (problem(item, source) is { } why)
                    {
                        skipped(item, why);
                        continue;
                    }

                    plan.Add((item, source));
                    accepted++;
                    k++;
                }
            }

            for (var t = 0; t < texts.Count; t++)
            {
                var source = texts[t];
                var item = new CorpusItem($"{source.Name}-{producer}-{PageClasses.PlainText}", producer, source.Name, PageClasses.PlainText,
                    TableStyles.None, papers[(t + p) % papers.Count].Name, Fonts.All[(t + p) % Fonts.All.Count].Name);
                if (problem(item, source) is { } why)
                {
                    skipped(item, why);
                    continue;
                }

                plan.Add((item, source));
            }
        }

        return plan;
    }
}
