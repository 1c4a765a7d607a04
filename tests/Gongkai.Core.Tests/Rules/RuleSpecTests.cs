using System.Text.Json.Nodes;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Rules;
using Gongkai.Core.Serialization;
using Gongkai.Core.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Rules;

/// <summary>Runs every example of tests/specs/rules.md against the validator.</summary>
public sealed class RuleSpecTests
{
    private static readonly IReadOnlyList<RuleExample> Examples = RuleSpecFile.Read(Path.Combine(RepositoryRoot.Specs, "rules.md"));

    public static TheoryData<RuleExample> AllExamples()
    {
        var data = new TheoryData<RuleExample>();
        foreach (var example in Examples)
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Example_gives_the_findings_the_catalogue_states(RuleExample example)
    {
        var report = ReportJsonReader.Read(Patched(example));

        var findings = ReportValidator.Default.Validate(report)
            .Where(d => example.Codes.Contains(d.Code))
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(example.Expected.Order(StringComparer.Ordinal).ToList(), findings);
    }

    [Fact]
    public void Base_reports_are_clean()
    {
        foreach (var name in new[] { "base-2019.json", "base-2021.json" })
        {
            var report = ReportJsonReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot.Specs, name)));

            Assert.Empty(ReportValidator.Default.Validate(report));
        }
    }

    [Fact]
    public void Every_rule_code_has_examples_in_the_catalogue()
    {
        var documented = Examples.SelectMany(e => e.Codes).ToHashSet(StringComparer.Ordinal);
        var codes = typeof(DiagnosticCodes).GetFields()
            .Select(f => (string)f.GetValue(null)!)
            .Where(c => c.StartsWith("GK0", StringComparison.Ordinal) && c != DiagnosticCodes.UnreadableCell)
            .Where(c => !c.StartsWith("GK08", StringComparison.Ordinal)); // cross-report rules: CrossReportRuleTests, docs/store.md

        Assert.All(codes, code => Assert.Contains(code, documented));
    }

    private static string Patched(RuleExample example)
    {
        var baseJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Specs, $"base-{example.Base}.json")));
        var patched = JsonPatch.Apply(baseJson, JsonNode.Parse(example.Patch));
        return patched!.ToJsonString();
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Code} {diagnostic.Severity.ToJsonValue()} {(diagnostic.Cells.Count > 0 ? diagnostic.Cells[0].Path : "-")}";
}
