using System.Text.Json.Nodes;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Core.Serialization;
using Gongkai.Core.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Rules;

public sealed class ReportCheckerTests
{
    private static AnnualReport Report(int year, string patch)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Specs, "base-2021.json")));
        node = JsonPatch.Apply(node, JsonNode.Parse(patch));
        node!["year"] = year;
        return ReportJsonReader.Read(node.ToJsonString());
    }

    [Fact]
    public void Without_last_years_report_it_finds_what_the_rule_catalogue_finds()
    {
        var report = Report(2022, """{"requests":{"rows":{"carriedOver":[2,0,0,0,0,0,3]}}}""");

        Assert.Equal(ReportValidator.Default.Validate(report).Select(d => d.Code), ReportChecker.Default.Check(report).Select(d => d.Code));
        Assert.DoesNotContain(ReportChecker.Default.Check(report), d => d.Code == DiagnosticCodes.CarriedOverMismatch);
    }

    [Fact]
    public void With_last_years_report_it_also_checks_the_chain_between_the_two_years()
    {
        var previous = Report(2021, """{"requests":{"rows":{"carriedForward":[1,0,0,0,0,0,1]}}}""");
        var current = Report(2022, """{"requests":{"rows":{"carriedOver":[2,0,0,0,0,0,2]}}}""");

        var findings = ReportChecker.Default.Check(current, new CheckContext { PreviousYear = previous });

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.CarriedOverMismatch && d.Severity == Severity.Error);
    }

    [Fact]
    public void The_registry_level_decides_the_publication_deadline()
    {
        // Published 10 February: late for a department (31 January), in time for a government (31 March).
        var report = new AnnualReport { Agency = "青禾市政府", Year = 2021, PublishedOn = new DateOnly(2022, 2, 10) };

        Assert.Contains(ReportChecker.Default.Check(report, new CheckContext { AgencyLevel = AgencyLevel.Department }), d => d.Code == DiagnosticCodes.PublishedLate);
        Assert.DoesNotContain(ReportChecker.Default.Check(report, new CheckContext { AgencyLevel = AgencyLevel.Government }), d => d.Code == DiagnosticCodes.PublishedLate);
    }

    [Fact]
    public void The_cross_year_check_alone_finds_the_broken_chain_and_nothing_the_single_report_rules_find()
    {
        var previous = Report(2021, """{"requests":{"rows":{"carriedForward":[1,0,0,0,0,0,1]}}}""");
        var current = Report(2022, """{"requests":{"rows":{"carriedOver":[2,0,0,0,0,0,3]}}}""");

        var findings = ReportChecker.Default.CheckCrossYear(previous, current);

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.CarriedOverMismatch);
        Assert.Empty(findings.Select(d => d.Code).Intersect(ReportValidator.Default.Validate(current).Select(d => d.Code)));
        Assert.Equal(
            ReportChecker.Default.Check(current, new CheckContext { PreviousYear = previous }).Select(d => d.Code),
            ReportValidator.Default.Validate(current).Concat(findings).Select(d => d.Code));
    }

    [Fact]
    public void The_summary_check_compares_a_summary_with_the_sum_of_its_units()
    {
        var unit = Report(2021, "{}");
        var summary = Report(2021, """{"appeals":{"reconsideration":{"upheld":2,"corrected":0,"other":0,"pending":0,"total":2}}}""");

        var findings = ReportChecker.Default.CheckSummary(summary, [unit, unit]);

        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(DiagnosticCodes.SummaryMismatch, d.Code));
        Assert.Empty(ReportChecker.Default.CheckSummary(unit, [unit]));
    }
}
