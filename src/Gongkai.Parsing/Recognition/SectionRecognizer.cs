using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Finds the headings of the six sections: short paragraphs with a numbering (一、 / 1、 / （一） / 5、 / 四．) whose
/// text resembles a section title, chosen as the best-scoring sequence in document order.
/// </summary>
/// <remarks>
/// Choosing a sequence, not each heading alone, keeps a subsection such as <c>（四）政府信息公开申请提起行政复议…</c>
/// inside section 一 from being taken for section 四.
/// </remarks>
internal static class SectionRecognizer
{
    private const int MaxHeadingLength = 48;
    private const double MinSimilarity = 0.45;

    // An unnumbered heading must be nearly a title (similarity 0.8), so it cannot be much longer than the longest.
    private const int MaxUnnumberedLength = 30;

    // Each section's official title and the variants reports print, from the catalogue.
    private static readonly Bigrams[][] TitleBigrams =
        [.. SectionTitles.All.Select(t => t.Variants.Prepend(t.Title).Select(title => new Bigrams(LabelText.Normalize(title))).ToArray())];

    // The same with the headings of the formats before 2019 that correspond to each section (their numbering
    // differs: 五、 may be 表四's section). Only for a report of those years: in a 2019/2021 report the old titles
    // would draw table rows such as 一、本年新收… towards a section.
    private static readonly Bigrams[][] TitleBigramsBefore2019 =
        [.. SectionTitles.All.Select(t => t.Variants.Prepend(t.Title)
            .Concat(Pre2019Format.SectionTitles.Where(old => old.Kind == t.Kind).Select(old => old.Title))
            .Select(title => new Bigrams(LabelText.Normalize(title))).ToArray())];

    // A numbered heading broken over lines (三、收到和处理 / 政府信息 / 公开申请 / 情况, or 二、 / 主动公开政府信息情况), as a
    // crawl or a copied page breaks it: its title is also tried joined with up to this many short lines below it.
    private const int MaxTitlePieces = 3;
    private const int MaxTitlePieceLength = 24;

    // The heading's title, and for a numbered one the title joined with each count of short unnumbered lines below.
    private static List<Bigrams> TitleVariants(IReadOnlyList<DocumentRow> rows, int i, HeadingNumbering heading)
    {
        var variants = heading.Title.Length > 0 ? new List<Bigrams> { new(heading.Title) } : [];
        var joined = heading.Title;
        for (var k = i + 1; heading.Number is not null && k < rows.Count && k <= i + MaxTitlePieces; k++)
        {
            if (rows[k].Paragraph is not { } next || next.Text.Length > MaxTitlePieceLength
                || HeadingNumbering.Parse(LabelText.Normalize(next.Text)) is not { Number: null, Title: { Length: > 0 } piece })
            {
                break;
            }

            joined += piece;
            variants.Add(new Bigrams(joined));
        }

        return variants;
    }

    /// <param name="rows">The document's rows.</param>
    /// <param name="before2019">Whether the report is of a year before 2019, whose formats had other headings.</param>
    public static List<SectionHeading> Recognize(IReadOnlyList<DocumentRow> rows, bool before2019 = false)
    {
        var titleBigrams = before2019 ? TitleBigramsBefore2019 : TitleBigrams;
        var candidates = new List<Candidate>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Paragraph is not { } paragraph || paragraph.Text.Length > MaxHeadingLength)
            {
                continue;
            }

            var heading = HeadingNumbering.Parse(LabelText.Normalize(paragraph.Text));
            if (heading.Title.Length == 0 && heading.Number is null || heading.Title.Contains('。', StringComparison.Ordinal) && !heading.Title.EndsWith('。') ||
                heading.Number is null && heading.Title.Length > MaxUnnumberedLength)
            {
                continue;
            }

            var titles = TitleVariants(rows, i, heading);
            for (var section = 1; section <= 6; section++)
            {
                var similarity = 0.0;
                foreach (var title in titles)
                {
                    foreach (var known in titleBigrams[section - 1])
                    {
                        similarity = title.MaxSimilarity(known, similarity);
                    }
                }

                if (similarity < MinSimilarity || heading.Number is null && similarity < 0.8)
                {
                    continue;
                }

                var score = similarity + heading.Number switch
                {
                    null => 0,
                    var n when n == section => 0.3,
                    _ => -0.3,
                };
                score += heading.Parenthesized ? -0.4 : rows[i].Paragraph!.HeadingLevel > 0 ? 0.1 : 0;
                candidates.Add(new Candidate(i, section, score));
            }
        }

        var best = BestSequence(candidates);
        var headings = new List<SectionHeading>(best.Count);
        foreach (var c in best)
        {
            headings.Add(new SectionHeading(c.Row, (SectionKind)c.Section, rows[c.Row].Paragraph!.Text, rows[c.Row].Source));
        }

        return headings;
    }

    // A class, and arrays of numbers below, rather than lists of value tuples: a List<(int, int, double)> is a generic
    // instantiation ReadyToRun cannot hold, compiled at run time in every process (issue #16).
    internal sealed record Candidate(int Row, int Section, double Score);

    // Highest total score over sequences increasing in both row and section number: a dynamic programme over
    // the six sections, linear in the number of candidates (candidates come in row order).
    internal static List<Candidate> BestSequence(List<Candidate> candidates)
    {
        var previous = new int[candidates.Count];
        var bestEnding = new double[7];
        var bestIndex = new int[7];
        Array.Fill(bestIndex, -1);
        var start = 0;
        while (start < candidates.Count)
        {
            // Candidates on one row may not follow each other: score the whole row before updating.
            var end = start;
            while (end < candidates.Count && candidates[end].Row == candidates[start].Row)
            {
                end++;
            }

            var totals = new double[end - start];
            for (var i = start; i < end; i++)
            {
                var section = candidates[i].Section;
                var before = -1;
                for (var s = 1; s < section; s++)
                {
                    if (bestIndex[s] >= 0 && (before < 0 || bestEnding[s] > bestEnding[before]))
                    {
                        before = s;
                    }
                }

                previous[i] = before < 0 ? -1 : bestIndex[before];
                totals[i - start] = candidates[i].Score + (before < 0 ? 0 : bestEnding[before]);
            }

            for (var i = start; i < end; i++)
            {
                var section = candidates[i].Section;
                var total = totals[i - start];
                if (bestIndex[section] < 0 || total > bestEnding[section])
                {
                    bestEnding[section] = total;
                    bestIndex[section] = i;
                }
            }

            start = end;
        }

        var result = new List<Candidate>();
        var last = -1;
        for (var s = 1; s <= 6; s++)
        {
            if (bestIndex[s] >= 0 && (last < 0 || bestEnding[s] > bestEnding[last]))
            {
                last = s;
            }
        }

        for (var k = last < 0 ? -1 : bestIndex[last]; k >= 0; k = previous[k])
        {
            result.Add(candidates[k]);
        }

        result.Reverse();
        return result;
    }
}
