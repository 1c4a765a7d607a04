using System.Text.Json.Nodes;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules.CrossReport;
using Gongkai.Core.Serialization;
using Gongkai.Core.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Rules;

public sealed class CrossReportRuleTests
{
    private static AnnualReport Report(string template, int year, string patch)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Specs, $"base-{template}.json")));
        node = JsonPatch.Apply(node, JsonNode.Parse(patch));
        node!["year"] = year;
        return ReportJsonReader.Read(node.ToJsonString());
    }

    [Fact]
    public void Last_years_carried_forward_must_be_this_years_carried_over()
    {
        var previous = Report("2021", 2021, """{"requests":{"rows":{"carriedForward":[1,0,0,0,0,0,1]}}}""");
        var broken = Report("2021", 2022, """{"requests":{"rows":{"carriedOver":[2,0,0,0,0,0,2]}}}""");

        Assert.DoesNotContain(CrossYearRules.Check(previous, Report("2021", 2022, """{"requests":{"rows":{"carriedOver":[1,0,0,0,0,0,1]}}}""")), d => d.Code == DiagnosticCodes.CarriedOverMismatch);
        var findings = CrossYearRules.Check(previous, broken).Where(d => d.Code == DiagnosticCodes.CarriedOverMismatch).ToList();
        Assert.Equal(["requests.carriedOver.naturalPerson", "requests.carriedOver.total"], findings.Select(f => f.Cells[0].Path));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void In_force_documents_follow_from_last_year_in_the_2021_format()
    {
        // base: normativeDocuments issued 3, repealed 1, inForce 12 → last year's inForce must be 10.
        var consistent = Report("2021", 2021, """{"proactive":{"normativeDocuments":{"inForce":10}}}""");
        var inconsistent = Report("2021", 2021, """{"proactive":{"normativeDocuments":{"inForce":11}}}""");
        var current = Report("2021", 2022, "{}");

        Assert.DoesNotContain(CrossYearRules.Check(consistent, current), d => d.Code == DiagnosticCodes.InForceChain);
        var finding = Assert.Single(CrossYearRules.Check(inconsistent, current), d => d.Code == DiagnosticCodes.InForceChain);
        Assert.Equal("proactive.normativeDocuments.inForce", finding.Cells[0].Path);
        Assert.Contains("11 + 本年制发 3 − 本年废止 1 = 13", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_counts_follow_from_last_year_in_the_2019_format()
    {
        // 2019 report: licensing 120 + 5 → the 2020 report's 上一年项目数量 must be 125.
        var previous = Report("2019", 2019, "{}");
        var good = Report("2019", 2020, """{"proactive":{"licensing":{"previousItems":125},"otherServices":{"previousItems":28},"punishment":{"previousItems":200},"coercion":{"previousItems":9},"fees":{"previousItems":5}}}""");
        var bad = Report("2019", 2020, """{"proactive":{"licensing":{"previousItems":130},"otherServices":{"previousItems":28},"punishment":{"previousItems":200},"coercion":{"previousItems":9},"fees":{"previousItems":5}}}""");

        Assert.DoesNotContain(CrossYearRules.Check(previous, good), d => d.Code == DiagnosticCodes.PreviousItemsChain);
        Assert.Equal("proactive.licensing.previousItems", Assert.Single(CrossYearRules.Check(previous, bad), d => d.Code == DiagnosticCodes.PreviousItemsChain).Cells[0].Path);
    }

    [Fact]
    public void Chains_are_not_checked_across_the_change_of_format()
    {
        var previous = Report("2019", 2020, "{}");
        var current = Report("2021", 2021, "{}");

        Assert.DoesNotContain(CrossYearRules.Check(previous, current), d => d.Code is DiagnosticCodes.InForceChain or DiagnosticCodes.PreviousItemsChain);
    }

    [Fact]
    public void Every_cross_report_code_is_documented()
    {
        var catalogue = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "store.md"));
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c.StartsWith("GK08", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, codes.Count);
        Assert.All(codes, code => Assert.Contains($"| {code} |", catalogue, StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_must_equal_the_sum_of_its_units()
    {
        var unit = Report("2021", 2021, "{}");
        var summary = Report("2021", 2021, """{"appeals":{"reconsideration":{"upheld":2,"corrected":0,"other":0,"pending":0,"total":2}}}""");
        var doubled = ReportJsonReader.Read(ReportJsonWriter.Write(unit));

        var findings = SummaryRule.Check(summary, [unit, doubled]).ToList();

        // Every cell of the two-unit sum is twice the base; only cells where the base is 0 (or the patched ones) agree.
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SummaryMismatch, f.Code));
        Assert.DoesNotContain(findings, f => f.Cells[0].Path == "appeals.reconsideration.upheld");
        Assert.Empty(SummaryRule.Check(unit, [doubled]));
    }
}
