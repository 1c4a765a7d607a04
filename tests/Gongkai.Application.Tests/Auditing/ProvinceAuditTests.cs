using Gongkai.Application.Auditing;
using Gongkai.Application.Importing;
using Gongkai.Application.Tests.Support;
using Gongkai.Application.Units;
using Gongkai.Core.Diagnostics;
using Gongkai.Store;
using Gongkai.Store.Importing;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;
using Gongkai.Store.Tests;
using Gongkai.Synthetic;

namespace Gongkai.Application.Tests.Auditing;

/// <summary>A synthetic province imported and audited: every planted flaw is found where the manifest puts it, and nothing else is.</summary>
public sealed class ProvinceAuditTests(ProvinceFixture province) : IClassFixture<ProvinceFixture>
{
    private static readonly Dictionary<FlawKind, string> ExpectedCode = new()
    {
        [FlawKind.Balance] = DiagnosticCodes.RequestsBalance,
        [FlawKind.CarriedOverMismatch] = DiagnosticCodes.CarriedOverMismatch,
        [FlawKind.InForceBreak] = DiagnosticCodes.InForceChain,
        [FlawKind.PreviousItemsBreak] = DiagnosticCodes.PreviousItemsChain,
        [FlawKind.Late] = DiagnosticCodes.PublishedLate,
        [FlawKind.Missing] = DiagnosticCodes.ReportMissing,
        [FlawKind.SummaryMismatch] = DiagnosticCodes.SummaryMismatch,
    };

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Every_planted_flaw_is_found_and_nothing_else(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = ImportProvince(test);
        var years = Enumerable.Range(province.Province.FirstYear, province.Province.Years);

        var found = years.SelectMany(y => AuditRegion.Run(store, new AuditOptions { Scope = AccessScope.All, Year = y }).Findings)
            .Where(f => f.Severity >= Severity.Warning)
            .Select(f => (f.UnitCode, f.Year, f.Code))
            .ToHashSet();
        var planted = province.Province.Flaws
            .Where(f => ExpectedCode.ContainsKey(f.Kind))
            .Select(f => (UnitCode: (string?)f.UnitCode, f.Year, Code: ExpectedCode[f.Kind]))
            .ToHashSet();

        Assert.Equal(ExpectedCode.Keys.Order(), province.Province.Flaws.Select(f => f.Kind).Where(ExpectedCode.ContainsKey).Distinct().Order());
        Assert.Empty(planted.Except(found));
        Assert.Empty(found.Except(planted));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Corrected_files_are_second_versions_and_variant_names_reach_their_unit(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = ImportProvince(test);
        var reports = store.Reports();

        foreach (var flaw in province.Province.Flaws.Where(f => f.Kind == FlawKind.Corrected))
        {
            var report = Assert.Single(reports, r => r.UnitCode == flaw.UnitCode && r.Year == flaw.Year);
            Assert.Equal(2, report.Version);
            Assert.Equal(0, report.Errors);
            Assert.Equal(2, store.History(report.ReportId).Count);
        }

        foreach (var flaw in province.Province.Flaws.Where(f => f.Kind == FlawKind.NameVariant))
        {
            Assert.Single(reports, r => r.UnitCode == flaw.UnitCode && r.Year == flaw.Year);
        }

        Assert.Empty(store.UnlinkedReports());
        Assert.Empty(store.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Region_totals_are_the_sum_of_the_units_own_reports(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = ImportProvince(test);
        var year = province.Province.FirstYear + 2;
        var current = province.Province.Reports().Where(r => r.Year == year)
            .GroupBy(r => r.Unit.Code).Select(g => g.OrderBy(r => r.Version).Last())
            .Where(r => !r.Unit.IsSummary)
            .ToList();

        var totals = new StoreQueries(store).Totals(null, year);

        Assert.Equal(current.Count, totals.Reports);
        Assert.True(totals.SummaryReports > 0);
        Assert.Equal(current.Sum(r => r.Report.Requests!.ValueAt("newReceived", "total")), totals["requests.newReceived.total"]);
        Assert.Equal(current.Sum(r => r.Report.Appeals!.ValueAt("reconsideration", "total")), totals["appeals.reconsideration.total"]);
        Assert.Equal(current.Sum(r => r.Report.Proactive!.ValueAt("fees", "amount")), totals["proactive.fees.amount"]);

        // A city's totals are the part of the province under it.
        var city = province.Province.Units.First(u => u.Level == "市").Region;
        var inCity = current.Where(r => RegionPath.Contains(city, r.Unit.Region)).ToList();
        Assert.Equal(inCity.Sum(r => r.Report.Requests!.ValueAt("total", "total")), new StoreQueries(store).Totals(city, year)["requests.total.total"]);
    }

    [Fact]
    public void Importing_the_province_twice_changes_nothing()
    {
        using var test = TestStore.Create("sqlite");
        using var store = ImportProvince(test);
        var before = store.Counts();

        var again = new ReportImporter(store, TestPipelines.Full).Import(province.Files);

        Assert.Equal(province.Files.Count, again.Count(SaveOutcome.AlreadyImported));
        Assert.Equal(before, store.Counts());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Cross_report_findings_read_from_the_facts_are_those_of_the_whole_stored_reports(string engine)
    {
        // Issue #16: the audit reads each report's cells from its facts instead of loading its JSON; what the rules
        // find must not change. The reference is the rules run on the stored reports as a whole.
        using var test = TestStore.Create(engine);
        using var store = ImportProvince(test);
        var units = store.Units();
        foreach (var year in Enumerable.Range(province.Province.FirstYear + 1, province.Province.Years - 1))
        {
            var audit = AuditRegion.Run(store, new AuditOptions { Scope = AccessScope.All, Year = year });

            var found = audit.Findings.Where(f => f.Source is AuditSource.CrossYear or AuditSource.Summary).Select(Line).Order(StringComparer.Ordinal);
            Assert.Equal(ReferenceCrossReport(store, units, year).Order(StringComparer.Ordinal), found);
        }
    }

    private static string Line(AuditFinding f) => $"{f.UnitCode}|{f.Code}|{f.Severity}|{f.Cells}|{f.Message}";

    private static IEnumerable<string> ReferenceCrossReport(ReportStore store, IReadOnlyList<RegisteredUnit> units, int year)
    {
        var reports = store.Reports(ReportFilter.ForYear(AccessScope.All, year));
        var before = store.Reports(ReportFilter.ForYear(AccessScope.All, year - 1)).Where(r => r.UnitCode is not null).GroupBy(r => r.UnitCode!).ToDictionary(g => g.Key, g => g.First());
        var byUnit = reports.Where(r => r.UnitCode is not null).GroupBy(r => r.UnitCode!).ToDictionary(g => g.Key, g => g.First());
        string Cells(Diagnostic d) => string.Join(' ', d.Cells.Select(c => c.Path));
        foreach (var report in reports.Where(r => r.UnitCode is not null && before.ContainsKey(r.UnitCode)))
        {
            foreach (var d in Core.Rules.ReportChecker.Default.CheckCrossYear(store.LoadCurrent(before[report.UnitCode!].ReportId)!, store.LoadCurrent(report.ReportId)!))
            {
                yield return $"{report.UnitCode}|{d.Code}|{d.Severity}|{Cells(d)}|{d.Message}";
            }
        }

        foreach (var summary in reports.Where(r => r.IsSummary && r.UnitCode is not null))
        {
            var children = units.Where(u => u.ParentCode == summary.UnitCode).ToList();
            var childReports = children.Select(c => byUnit.GetValueOrDefault(c.Code)).OfType<StoredReport>().Select(r => store.LoadCurrent(r.ReportId)!).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            var note = children.Count > childReports.Count ? $"（另有 {children.Count - childReports.Count} 个所属单位没有本年度报告，未计入）" : "";
            foreach (var d in Core.Rules.ReportChecker.Default.CheckSummary(store.LoadCurrent(summary.ReportId)!, childReports))
            {
                yield return $"{summary.UnitCode}|{d.Code}|{d.Severity}|{Cells(d)}|{d.Message + note}";
            }
        }
    }

    private ReportStore ImportProvince(TestStore test)
    {
        var store = test.Open();
        var registry = RegistryCsv.Read(province.Registry);
        Assert.Empty(registry.Problems);
        store.ImportRegistry(registry.Units);
        var summary = new ReportImporter(store, TestPipelines.Full).Import(province.Files);
        Assert.Empty(summary.Failures);
        return store;
    }
}
