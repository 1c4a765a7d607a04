using Gongkai.Core.Model;

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

    private static readonly string[][] Titles =
    [
        ["总体情况", "概述", "基本情况", "总体概述", "工作概述", "概况", "总体工作情况"],
        ["主动公开政府信息情况", "主动公开情况", "主动公开政府信息的情况"],
        ["收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况", "依申请公开政府信息情况"],
        ["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"],
        ["存在的主要问题及改进情况", "存在的主要问题和改进措施", "存在的主要问题及改进措施", "政府信息公开工作存在的主要问题及改进情况"],
        ["其他需要报告的事项", "其他需要报告的事项情况", "其他事项"],
    ];

    private static readonly Bigrams[][] TitleBigrams = Titles.Select(t => t.Select(title => new Bigrams(LabelText.Normalize(title))).ToArray()).ToArray();

    public static List<SectionHeading> Recognize(IReadOnlyList<DocumentRow> rows)
    {
        var candidates = new List<(int Row, int Section, double Score)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Paragraph is not { } paragraph || paragraph.Text.Length > MaxHeadingLength)
            {
                continue;
            }

            var heading = HeadingNumbering.Parse(LabelText.Normalize(paragraph.Text));
            if (heading.Title.Length == 0 || heading.Title.Contains('。', StringComparison.Ordinal) && !heading.Title.EndsWith('。'))
            {
                continue;
            }

            var title = new Bigrams(heading.Title);
            for (var section = 1; section <= 6; section++)
            {
                var similarity = 0.0;
                foreach (var known in TitleBigrams[section - 1])
                {
                    similarity = Math.Max(similarity, title.Similarity(known));
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
                candidates.Add((i, section, score));
            }
        }

        return BestSequence(candidates).Select(c => new SectionHeading(c.Row, (SectionKind)c.Section, rows[c.Row].Paragraph!.Text, rows[c.Row].Source)).ToList();
    }

    // Highest total score over sequences increasing in both row and section number.
    private static List<(int Row, int Section, double Score)> BestSequence(List<(int Row, int Section, double Score)> candidates)
    {
        var n = candidates.Count;
        var best = new double[n];
        var previous = new int[n];
        for (var i = 0; i < n; i++)
        {
            best[i] = candidates[i].Score;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (candidates[j].Row < candidates[i].Row && candidates[j].Section < candidates[i].Section && best[j] + candidates[i].Score > best[i])
                {
                    best[i] = best[j] + candidates[i].Score;
                    previous[i] = j;
                }
            }
        }

        var result = new List<(int, int, double)>();
        if (n == 0)
        {
            return result;
        }

        var end = Array.IndexOf(best, best.Max());
        for (var k = end; k >= 0; k = previous[k])
        {
            result.Add(candidates[k]);
        }

        result.Reverse();
        return result;
    }
}
