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
    public static List<(ColumnKey Key, TemplateVersion? Edition)> Columns(string normalized)
    {
        var found = new List<(ColumnKey Key, TemplateVersion? Edition)>();
        foreach (var (phrase, key, edition) in ProactiveTemplate.ColumnVariants)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal) && !found.Exists(f => f.Key == key))
            {
                found.Add((key, edition));
            }
        }

        return found;
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
        foreach (var edition in new[] { TemplateVersion.V2019, TemplateVersion.V2021 })
        {
            foreach (var spec in ProactiveTemplate.For(edition).Rows.SelectMany(r => r.Columns).DistinctBy(c => c.Label))
            {
                var score = LabelText.Similarity(normalized, LabelText.Normalize(spec.Label));
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
        }

        return bestScore >= MinHeaderSimilarity && bestScore > runnerUp ? best : null;
    }
}
