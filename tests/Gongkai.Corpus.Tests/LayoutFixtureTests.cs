using Gongkai.Corpus.Tests.Support;
using Gongkai.Eval;
using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// The layout fixtures of issue #14 (tests/layouts: reports in the layouts real pipelines produce, written for
/// fictional agencies) each parse exactly to their truth; a cell the layout cannot determine is null in the truth.
/// </summary>
public sealed class LayoutFixtureTests
{
    private static readonly string Layouts = Path.Combine(RepositoryRoot.Path, "tests", "layouts");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var (raw, _) in CorpusEvaluator.Pairs(Layouts))
        {
            data.Add(Path.GetFileName(raw));
        }

        return data;
    }

    [LayoutFixturesTheory]
    [MemberData(nameof(Files))]
    public void Layout_fixture_parses_to_its_truth(string name)
    {
        Golden.AssertParsesToTruth(Path.Combine(Layouts, "raw", name), Path.Combine(Layouts, "truth", Path.GetFileNameWithoutExtension(name) + ".json"), KnownDifferences.Load(Path.Combine(Layouts, "known-differences.txt")));
    }

    [Fact]
    public void Every_layout_fixture_has_its_truth_and_every_truth_its_fixture()
    {
        Assert.True(Directory.Exists(Layouts), "tests/layouts is missing");
        var raw = Stems(Path.Combine(Layouts, "raw"), "*");
        var truth = Stems(Path.Combine(Layouts, "truth"), "*.json");

        Assert.Empty(raw.Except(truth));
        Assert.Empty(truth.Except(raw));
    }

    private static HashSet<string> Stems(string directory, string pattern) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern).Select(Path.GetFileName).Where(n => n is not null && !n.StartsWith('.')).Select(n => Path.GetFileNameWithoutExtension(n!)).ToHashSet(StringComparer.Ordinal)
            : [];

    /// <summary>A theory over tests/layouts, skipped with the reason while the folder holds no fixture yet (an empty theory would fail).</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class LayoutFixturesTheoryAttribute : TheoryAttribute
    {
        public LayoutFixturesTheoryAttribute()
        {
            if (CorpusEvaluator.Pairs(Layouts).Count == 0)
            {
                Skip = "tests/layouts holds no raw/ + truth/ pair yet";
            }
        }
    }
}
