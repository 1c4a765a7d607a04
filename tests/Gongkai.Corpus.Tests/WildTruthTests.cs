using Gongkai.Corpus.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// The hand-checked truths of wild reports (tests/wild-truth/&lt;stem&gt;.json, issue #14) stay exact: each names a
/// file of the shared wild corpus (../shared/corpus/wild/files/&lt;source&gt;/&lt;stem&gt;.txt), which is used in place,
/// never copied into the repository.
/// </summary>
public sealed class WildTruthTests
{
    private static readonly string Truths = Path.Combine(RepositoryRoot.Path, "tests", "wild-truth");

    public static TheoryData<string> Stems()
    {
        var data = new TheoryData<string>();
        foreach (var stem in TruthStems())
        {
            data.Add(stem);
        }

        return data;
    }

    [WildTruthTheory]
    [MemberData(nameof(Stems))]
    public void Wild_report_parses_to_its_hand_checked_truth(string stem)
    {
        var file = WildFile(stem);
        Assert.True(file is not null, $"no wild file named {stem}.* under {Wild}/files");

        Golden.AssertParsesToTruth(file, Path.Combine(Truths, stem + ".json"), KnownDifferences.Load(Path.Combine(Truths, "known-differences.txt")));
    }

    private static string? Wild => CorpusPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "wild", "files")) ? Path.Combine(shared, "wild") : null;

    private static IEnumerable<string> TruthStems() =>
        Directory.Exists(Truths)
            ? Directory.EnumerateFiles(Truths, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Where(s => !s.StartsWith('.')).Order(StringComparer.Ordinal)
            : [];

    // The wild file of the stem, in whichever source folder it is.
    private static string? WildFile(string stem) =>
        Directory.EnumerateFiles(Path.Combine(Wild!, "files"), stem + ".*", SearchOption.AllDirectories).SingleOrDefault();

    /// <summary>A theory over the wild truths, skipped with the reason on a machine without the shared wild corpus or while there is no truth yet.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class WildTruthTheoryAttribute : TheoryAttribute
    {
        public WildTruthTheoryAttribute()
        {
            Skip = Wild is null ? "shared wild corpus not found (../shared/corpus/wild or GONGKAI_CORPUS/wild)"
                : !TruthStems().Any() ? "tests/wild-truth holds no truth yet"
                : null;
        }
    }
}
