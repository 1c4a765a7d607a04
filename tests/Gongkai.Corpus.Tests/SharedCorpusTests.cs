using Gongkai.Corpus.Tests.Support;
using Gongkai.Parsing.Evaluation;

namespace Gongkai.Corpus.Tests;

/// <summary>Real published reports (../shared/corpus) parse to their hand-checked truth.</summary>
/// <remarks>Text files here; the PDF (005) is read natively from issue #3 on.</remarks>
public sealed class SharedCorpusTests
{
    public static TheoryData<string> TextReports()
    {
        var data = new TheoryData<string>();
        if (CorpusPaths.Shared is { } corpus)
        {
            foreach (var (raw, _) in CorpusEvaluator.Pairs(corpus).Where(p => p.Raw.EndsWith(".txt", StringComparison.Ordinal)))
            {
                data.Add(Path.GetFileNameWithoutExtension(raw));
            }
        }
        else
        {
            data.Add("(corpus missing)");
        }

        return data;
    }

    [SharedCorpusTheory]
    [MemberData(nameof(TextReports))]
    public void Text_report_parses_to_its_truth(string stem)
    {
        Golden.AssertParsesToTruth(Path.Combine(CorpusPaths.Shared!, "raw", stem + ".txt"), Path.Combine(CorpusPaths.Shared!, "truth", stem + ".json"));
    }

    [SharedCorpusTheory]
    [InlineData("000_4546add07a5cb73c", "GK0601")]
    [InlineData("001_ee5b3705f92e7afe", "")]
    [InlineData("002_9e2a71caea1fb5c8", "")]
    [InlineData("003_f8f72deb64042354", "GK0101 GK0102 GK0103 GK0104")]
    [InlineData("004_9e680528c2d3989d", "")]
    public void Check_reports_the_known_problems_and_nothing_false(string stem, string codes)
    {
        Assert.Equal(codes, Golden.Findings(Path.Combine(CorpusPaths.Shared!, "raw", stem + ".txt")));
    }
}
