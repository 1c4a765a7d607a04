using Gongkai.Application;
using Gongkai.Application.Sources;
using Gongkai.Parsing.Reading;
using Gongkai.Testing;
using Gongkai.Testing.Fuzzing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// A slice of the seeded fuzzing of tools/Gongkai.Fuzz (docs/fuzzing.md): mutated HTML, DOCX, XLSX and PDF fixtures,
/// the samples' text reports recast in the layouts of issue #14, and the hostile shapes of <see cref="HostileInputs"/>
/// must never make the pipeline throw, hang, use up its read budget, refuse without naming the file in Chinese or
/// outgrow the memory bound; the bombs of issue #10 are also run as whole <c>gongkai check</c> processes.
/// </summary>
/// <remarks>Alone in its collection, so that other tests' memory does not count against the bound.</remarks>
[Collection(nameof(FuzzTests))]
[CollectionDefinition(nameof(FuzzTests), DisableParallelization = true)]
public sealed class FuzzTests
{
    public static TheoryData<string> IssueShapes() => ["pdf-operators-40m.pdf", "pdf-spaces-1gib.pdf", "pdf-many-pages.pdf", "html-nested-100k.html", "html-nested-500k.html"];

    [Fact]
    public void Mutated_native_files_and_hostile_shapes_never_throw_hang_or_outgrow_the_memory_bound()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw"))
            .Where(f => !f.EndsWith(".doc", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .Concat(HostileInputs.Small.Select(s => (s.Name, s.Make())))
            .ToList();

        var result = FuzzRun.Run(ReportPipelines.Full, seeds, runs: 800, seed: 20261122, timeLimit: TimeSpan.FromSeconds(60));

        AssertNoFinding(result);
        Assert.True(result.Parsed > 0 && result.Refused > 0, $"parsed {result.Parsed}, refused {result.Refused}");
        var bound = Environment.ProcessorCount * HostileInputs.PeakMemoryBound + HostileInputs.PeakMemoryBound;
        Assert.True(result.PeakWorkingSet < bound, $"peak working set {result.PeakWorkingSet / 1024 / 1024} MB, bound {bound / 1024 / 1024} MB");
    }

    [Fact]
    public void The_samples_recast_in_the_layouts_of_issue_14_never_throw_hang_or_refuse_without_naming_the_file()
    {
        var seeds = Directory.GetFiles(RepositoryRoot.Samples, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

        var result = FuzzRun.Run(ReportPipelines.Full, seeds, runs: 400, seed: 20261202, timeLimit: TimeSpan.FromSeconds(60));

        AssertNoFinding(result);
        Assert.True(result.Parsed > 0, $"parsed {result.Parsed}, refused {result.Refused}");
    }

    [Theory]
    [MemberData(nameof(IssueShapes))]
    public void A_bomb_is_refused_as_a_whole_process_within_the_read_budget_and_the_memory_bound(string shape)
    {
        var temp = Directory.CreateTempSubdirectory("gongkai-bomb-").FullName;
        try
        {
            var file = Path.Combine(temp, shape);
            File.WriteAllBytes(file, HostileInputs.FullSize.Single(s => s.Name == shape).Make());
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

            var cost = ProcessPeak.Run(dotnet, [Path.Combine(AppContext.BaseDirectory, "gongkai.dll"), "check", file], kill: TimeSpan.FromMinutes(3));

            Assert.True(cost.ExitCode == ExitCodes.UnusableInput, $"exit {cost.ExitCode}: {cost.Output}");
            Assert.Contains($"{file}：", cost.Output, StringComparison.Ordinal);
            Assert.True(cost.Elapsed < ReaderLimits.Default.ReadTimeout + TimeSpan.FromSeconds(30), $"{cost.Elapsed.TotalSeconds:F1} s");
            Assert.True(cost.PeakBytes < HostileInputs.PeakMemoryBound, $"peak {cost.PeakBytes / 1024 / 1024} MB");
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static void AssertNoFinding(FuzzResult result)
    {
        Assert.True(result.Exceptions.Count == 0, string.Join('\n', result.Exceptions.Take(10)));
        Assert.True(result.Hangs.Count == 0, string.Join('\n', result.Hangs.Take(10)));
        Assert.True(result.OverBudget.Count == 0, string.Join('\n', result.OverBudget.Take(10)));
        Assert.True(result.Unnamed.Count == 0, string.Join('\n', result.Unnamed.Take(10)));
    }
}
