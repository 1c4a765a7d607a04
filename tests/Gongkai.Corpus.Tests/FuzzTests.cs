using Gongkai.Cli;
using Gongkai.Testing;
using Gongkai.Testing.Fuzzing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// A slice of the seeded mutation fuzzing of tools/Gongkai.Fuzz (which runs 100,000 mutants; docs/fuzzing.md):
/// mutated HTML, DOCX, XLSX and PDF fixtures must never make the pipeline throw or hang.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Mutated_native_files_never_throw_or_hang()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw"))
            .Where(f => !f.EndsWith(".doc", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

        var result = FuzzRun.Run(ReportPipelines.Full, seeds, runs: 1200, seed: 20261122, timeLimit: TimeSpan.FromSeconds(60));

        Assert.True(result.Exceptions.Count == 0, string.Join('\n', result.Exceptions.Take(10)));
        Assert.True(result.Hangs.Count == 0, string.Join('\n', result.Hangs.Take(10)));
        Assert.True(result.Parsed > 0 && result.Refused > 0, $"parsed {result.Parsed}, refused {result.Refused}");
    }
}
