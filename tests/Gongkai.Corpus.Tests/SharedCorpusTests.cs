using Gongkai.Corpus.Tests.Support;
using Gongkai.Eval;

namespace Gongkai.Corpus.Tests;

/// <summary>Real published reports (../shared/corpus) parse to their hand-checked truth.</summary>
public sealed class SharedCorpusTests
{
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        if (CorpusPaths.Shared is { } corpus)
        {
            foreach (var (raw, _) in CorpusEvaluator.Pairs(corpus))
            {
                data.Add(Path.GetFileName(raw));
            }
        }
        else
        {
            data.Add("(corpus missing)");
        }

        return data;
    }

    [SharedCorpusTheory]
    [MemberData(nameof(Reports))]
    public void Report_parses_to_its_truth(string name)
    {
        Golden.AssertParsesToTruth(Path.Combine(CorpusPaths.Shared!, "raw", name), Path.Combine(CorpusPaths.Shared!, "truth", Path.GetFileNameWithoutExtension(name) + ".json"));
    }

    [SharedCorpusTheory]
    [InlineData("000_4546add07a5cb73c", "GK0601")]
    [InlineData("001_ee5b3705f92e7afe", "")]
    [InlineData("002_9e2a71caea1fb5c8", "")]
    [InlineData("003_f8f72deb64042354", "GK0101 GK0102 GK0103 GK0104")]
    [InlineData("004_9e680528c2d3989d", "")]
    [InlineData("005_hongze_district_2023.pdf", "GK0202 GK0401")]
    public void Check_reports_the_known_problems_and_nothing_false(string name, string codes)
    {
        var file = Path.Combine(CorpusPaths.Shared!, "raw", name.Contains('.', StringComparison.Ordinal) ? name : name + ".txt");
        Assert.Equal(codes, Golden.Findings(file));
    }
}
