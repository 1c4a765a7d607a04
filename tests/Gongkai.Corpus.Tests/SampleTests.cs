using Gongkai.Corpus.Tests.Support;

namespace Gongkai.Corpus.Tests;

/// <summary>Our own samples (fictional agencies, every layout, both formats) parse exactly and are checked as intended.</summary>
public sealed class SampleTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusPaths.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_parses_to_its_expected_json(string stem)
    {
        Golden.AssertParsesToTruth(Path.Combine(CorpusPaths.Samples, stem + ".txt"), Path.Combine(CorpusPaths.Samples, "expected", stem + ".json"));
    }

    [Theory]
    [InlineData("s01-docx-2021-clean", "")]
    [InlineData("s02-docx-2019-errors", "GK0301 GK0303 GK0601")]
    [InlineData("s03-pdf-2021-government", "")]
    [InlineData("s04-pdf-2019-spaces", "GK0104")]
    [InlineData("s05-md-2021-incomplete", "GK0101 GK0102 GK0103 GK0104")]
    [InlineData("s06-md-2019-clean", "")]
    [InlineData("s07-gb18030-docx-2021", "GK0401")]
    [InlineData("s08-bom-pdf-2019-in-2022", "GK0201 GK0501")]
    [InlineData("s09-docx-2021-plausibility", "GK0701 GK0703")]
    [InlineData("s10-docx-2021-town", "GK0601")]
    public void Check_reports_exactly_the_intended_problems(string stem, string codes)
    {
        Assert.Equal(codes, Golden.Findings(Path.Combine(CorpusPaths.Samples, stem + ".txt")));
    }
}
