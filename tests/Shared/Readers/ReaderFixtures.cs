using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Testing;

/// <summary>
/// What the native readers' test projects share (linked into each): the generated fixtures in <c>tests/fixtures</c>
/// (raw files, their truth JSON, the unusable ones) and the assertions every reader's pipeline tests make.
/// </summary>
internal static class ReaderFixtures
{
    public static string Raw => Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw");

    public static string Truth => Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "truth");

    public static string Bad => Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "bad");

    /// <summary>The names of the raw fixtures with the extension that have a truth file.</summary>
    public static TheoryData<string> WithTruth(string extension)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Raw, "*" + extension).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(Truth, Path.GetFileNameWithoutExtension(file) + ".json")))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    /// <summary>Parses the raw fixture <paramref name="name"/> with <paramref name="pipeline"/> and asserts every value of its truth.</summary>
    public static void AssertParsesToTruth(ReportPipeline pipeline, string name)
    {
        var truthFile = Path.Combine(Truth, Path.GetFileNameWithoutExtension(name) + ".json");
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);

        var result = pipeline.Parse(File.ReadAllBytes(Path.Combine(Raw, name)), name);

        Assert.True(result.Succeeded, result.Failure);
        var wrong = ReportComparer.Compare(truth, result.Report).Where(c => !c.IsMatch).Select(c => $"{c.Path}: expected {c.Expected}, parsed {c.Actual}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>A damaged file is read, or refused with a Chinese failure naming <paramref name="file"/>: the library's English text is detail (CLI --verbose), never the message.</summary>
    public static void AssertReadOrRefusedInChinese(ParseResult result, string file)
    {
        Assert.True(result.Succeeded || result.Failure.StartsWith(file + "：", StringComparison.Ordinal), result.Failure);
        if (!result.Succeeded)
        {
            Assert.DoesNotMatch(@"[A-Za-z]{2,}[ ']+[A-Za-z]{2,}", result.Failure.Replace(file, "", StringComparison.Ordinal));
        }
    }
}
