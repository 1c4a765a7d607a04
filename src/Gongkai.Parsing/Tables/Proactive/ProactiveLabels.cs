using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tables.Proactive;

/// <summary>Matches table 二's printed row and column labels against the catalogue's key phrases.</summary>
internal static class ProactiveLabels
{
    /// <summary>The row key of a normalised label, or null.</summary>
    public static RowKey? RowKey(string normalized)
    {
        foreach (var (phrase, key) in ProactiveTemplate.RowVariants)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The column of a normalised header label, or null.</summary>
    public static (ColumnKey Key, TemplateVersion? Edition)? Column(string normalized)
    {
        foreach (var (phrase, key, edition) in ProactiveTemplate.ColumnVariants)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return (key, edition);
            }
        }

        return null;
    }

    /// <summary>
    /// Every column a normalised header names, in the catalogue's matching order: one, or several when two headers
    /// ran together in one cell (上一年项目数量本年收费金额（单位：万元） over the fee column).
    /// </summary>
    public static List<(ColumnKey Key, TemplateVersion? Edition)> Columns(string normalized) => [.. Named(normalized)];

    /// <summary>
    /// The edition a normalised header names: that of the column it names, or, when several headers ran together in
    /// it, the one they all name; null when a column belongs to both editions or they disagree (the template detector
    /// asks it of every cell, so it builds no list of the columns).
    /// </summary>
    public static TemplateVersion? AgreedEdition(string normalized)
    {
        TemplateVersion? agreed = null;
        foreach (var (_, edition) in Named(normalized))
        {
            if (edition is null || agreed is { } earlier && earlier != edition)
            {
                return null;
            }

            agreed = edition;
        }

        return agreed;
    }

    // The columns a normalised header names, each once, by the first of its phrases that matches, in the catalogue's
    // matching order; a header naming no column builds no list.
    private static IEnumerable<(ColumnKey Key, TemplateVersion? Edition)> Named(string normalized)
    {
        List<ColumnKey>? seen = null;
        foreach (var (phrase, key, edition) in ProactiveTemplate.ColumnVariants)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal) && seen?.Contains(key) != true)
            {
                (seen ??= []).Add(key);
                yield return (key, edition);
            }
        }
    }

    /// <summary>How similar a misspelt header must be to a catalogue header to be read as it (上一年年目数量 → 上一年项目数量: 0.67).</summary>
    public const double MinHeaderSimilarity = 0.6;

    /// <summary>
    /// The catalogue column whose header a misspelt one resembles (bigram similarity at least
    /// <see cref="MinHeaderSimilarity"/>, and closer than any other column's), or null.
    /// </summary>
    public static (ColumnSpec Spec, TemplateVersion Edition)? Resembling(string normalized)
    {
        (ColumnSpec Spec, TemplateVersion Edition)? best = null;
        double bestScore = 0, runnerUp = 0;
        foreach (var (spec, edition, label) in CatalogueHeaders)
        {
            var score = LabelText.Similarity(normalized, label);
            if (best is { } current && current.Spec.Key == spec.Key)
            {
                bestScore = Math.Max(bestScore, score);
            }
            else if (score > bestScore)
            {
                runnerUp = bestScore;
                (best, bestScore) = ((spec, edition), score);
            }
            else
            {
                runnerUp = Math.Max(runnerUp, score);
            }
        }

        return bestScore >= MinHeaderSimilarity && bestScore > runnerUp ? best : null;
    }

    // Each edition's column headers with their normalised label, computed once.
    private static readonly (ColumnSpec Spec, TemplateVersion Edition, string Label)[] CatalogueHeaders =
    [
        .. new[] { TemplateVersion.V2019, TemplateVersion.V2021 }.SelectMany(edition =>
            ProactiveTemplate.For(edition).Rows.SelectMany(r => r.Columns).DistinctBy(c => c.Label).Select(spec => (spec, edition, LabelText.Normalize(spec.Label)))),
    ];
}
