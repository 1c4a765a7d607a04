using Gongkai.Application.Batches;
using Gongkai.Application.Outputs;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Auditing;

/// <summary>
/// Audits a region's reports for a year in one go: every statutory rule (stored at import), the cross-year rules
/// against the year before, summary reports against their units, and coverage against the registry; the rules are
/// reached through <see cref="ReportChecker"/>. Optionally writes the audit as files (<see cref="AuditFiles"/>).
/// </summary>
public static class AuditRegion
{
    /// <summary>Audits as <paramref name="options"/> says; a failure to write the files is in the result, never thrown.</summary>
    public static AuditResult Run(ReportStore store, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var audit = Audit(store, options.Region, options.Year, options.Scope);
        if (options.OutDirectory is not { } folder)
        {
            return audit;
        }

        try
        {
            return audit with { Written = AuditFiles.Write(folder, audit, store) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return audit with { Failure = UseCaseFailure.Of(FailureKind.UnusableInput, $"无法写入输出目录 {folder}（{IoFailures.Describe(ex)}）。", ex) };
        }
    }

    private static AuditResult Audit(ReportStore store, string? region, int year, AccessScope scope)
    {
        // The scope is in the reports' SQL; the registry (coverage, summaries' units) is limited to it alike.
        var reports = store.Reports(ReportFilter.ForYear(scope, year, region));
        var previous = store.Reports(ReportFilter.ForYear(scope, year - 1, region));
        var units = store.Units().Where(u => scope.Covers(u.Code, u.Region)).ToList();
        var registered = units.Where(u => RegionPath.Contains(region, u.Region)).ToList();
        var reported = reports.Where(r => r.UnitCode is not null).Select(r => r.UnitCode!).ToHashSet(StringComparer.Ordinal);
        var missing = registered.Where(u => !reported.Contains(u.Code)).ToList();
        var findings = new List<AuditFinding>();
        findings.AddRange(StoredFindings(store, reports));
        findings.AddRange(CrossYear(store, reports, previous, year));
        findings.AddRange(Summaries(store, reports, units, year));
        findings.AddRange(missing.Select(u => new AuditFinding(u.Code, u.Name, year, DiagnosticCodes.ReportMissing, Severity.Warning, "",
            $"名录中的“{u.Name}”没有 {year} 年度报告：{AgencyLevels.DeadlineSentence(u.Name, UnitLevel.ToAgencyLevel(u.Level, u.Name), year, townOrStreet: u.Level == "乡镇街道")}。", AuditSource.Registry)));
        findings.AddRange(reports.Where(r => r.UnitCode is null).Select(r => new AuditFinding(null, r.Agency, year, DiagnosticCodes.UnitUnmatched, Severity.Info, "",
            $"报告单位“{r.Agency}”未能与名录中的单位对应，未计入覆盖情况；可用 gongkai units questions 查看候选单位。", AuditSource.Registry)));

        var order = reports.Select((r, i) => (r.UnitCode ?? r.Agency ?? "", i)).GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().i);
        var sorted = findings
            .OrderBy(f => order.GetValueOrDefault(f.UnitCode ?? f.Agency ?? "", int.MaxValue))
            .ThenBy(f => f.UnitCode, StringComparer.Ordinal)
            .ThenBy(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        var totals = new StoreQueries(store).Totals(ReportFilter.ForYear(scope, year, region)).FirstOrDefault() ?? new RegionTotals(region, year, 0, 0, []);
        return new AuditResult(region, year, reports, sorted, totals, registered, missing) { Scope = scope };
    }

    private static IEnumerable<AuditFinding> StoredFindings(ReportStore store, IReadOnlyList<StoredReport> reports)
    {
        var byVersion = reports.ToDictionary(r => r.VersionId);
        foreach (var row in new StoreExports(store).Findings(byVersion.Keys))
        {
            var report = byVersion[row.VersionId];
            yield return new AuditFinding(report.UnitCode, report.UnitName ?? report.Agency, report.Year ?? 0, row.Code, row.Severity, row.Cells, row.Message, AuditSource.Report);
        }
    }

    // The cross-report rules read tables only: each report's cells come from its facts, a few hundred reports at a
    // time, so memory stays flat whatever the number of reports (issue #16), in the order the findings are listed.
    // The packed cells are read on this thread (the store's connection is not shared); they are unpacked into tables
    // and the rules run on every core (OrderedParallel), their findings kept in order.
    private const int ReportsPerRead = 500;

    private static IEnumerable<AuditFinding> CrossYear(ReportStore store, IReadOnlyList<StoredReport> reports, IReadOnlyList<StoredReport> previous, int year)
    {
        var exports = new StoreExports(store);
        var lastYear = previous.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var pairs = reports.Select(r => (Now: r, Before: lastYear.GetValueOrDefault(Key(r)))).Where(p => p.Before is not null);
        foreach (var chunk in pairs.Chunk(ReportsPerRead / 2))
        {
            var packed = Packed(exports, chunk.SelectMany(p => new[] { p.Now, p.Before! }));
            var checkedPairs = OrderedParallel.Map(chunk, jobs: null, (pair, _, _) =>
                ReportChecker.Default.CheckCrossYear(Tables(exports, packed, pair.Before!), Tables(exports, packed, pair.Now)));
            foreach (var (pair, diagnostics) in chunk.Zip(checkedPairs))
            {
                foreach (var d in diagnostics)
                {
                    yield return Finding(pair.Now, year, d, AuditSource.CrossYear);
                }
            }
        }
    }

    private static IEnumerable<AuditFinding> Summaries(ReportStore store, IReadOnlyList<StoredReport> reports, IReadOnlyList<RegisteredUnit> units, int year)
    {
        var exports = new StoreExports(store);
        var byUnit = reports.Where(r => r.UnitCode is not null).GroupBy(r => r.UnitCode!).ToDictionary(g => g.Key, g => g.First());
        var childrenOf = units.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
        var summaries = reports.Where(r => r.IsSummary && r.UnitCode is not null)
            .Select(summary => (Summary: summary, Children: childrenOf[summary.UnitCode!].ToList()))
            .Where(s => s.Children.Count > 0)
            .Select(s => new SummaryCheck(s.Summary, [.. s.Children.Select(c => byUnit.GetValueOrDefault(c.Code)).OfType<StoredReport>()], s.Children.Count));
        foreach (var batch in Batches(summaries))
        {
            var packed = Packed(exports, batch.SelectMany(s => s.Reports.Prepend(s.Summary)));
            var checkedSummaries = OrderedParallel.Map(batch, jobs: null, (s, _, _) =>
                ReportChecker.Default.CheckSummary(Tables(exports, packed, s.Summary), [.. s.Reports.Select(c => Tables(exports, packed, c))]));
            foreach (var (summary, diagnostics) in batch.Zip(checkedSummaries))
            {
                foreach (var d in diagnostics)
                {
                    var absent = summary.Registered - summary.Reports.Count;
                    var note = absent > 0 ? $"（另有 {absent} 个所属单位没有本年度报告，未计入）" : "";
                    yield return Finding(summary.Summary, year, d with { Message = d.Message + note }, AuditSource.Summary);
                }
            }
        }
    }

    // A summary report, its units' reports of the year, and how many units the registry gives it.
    private sealed record SummaryCheck(StoredReport Summary, IReadOnlyList<StoredReport> Reports, int Registered);

    // Summaries in batches of about ReportsPerRead reports with their units' (a summary with more units is a batch alone).
    private static IEnumerable<List<SummaryCheck>> Batches(IEnumerable<SummaryCheck> summaries)
    {
        var batch = new List<SummaryCheck>();
        var size = 0;
        foreach (var summary in summaries)
        {
            if (batch.Count > 0 && size + summary.Reports.Count + 1 > ReportsPerRead)
            {
                yield return batch;
                (batch, size) = ([], 0);
            }

            batch.Add(summary);
            size += summary.Reports.Count + 1;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    // The packed cells of each report's current version, by version id, read in one query.
    private static Dictionary<long, byte[]> Packed(StoreExports exports, IEnumerable<StoredReport> reports) =>
        exports.PackedVersions(reports.Select(r => r.VersionId).Distinct()).ToDictionary(v => v.VersionId, v => v.Cells);

    // The tables of a report's current version (a report without cells has empty tables).
    private static AnnualReport Tables(StoreExports exports, Dictionary<long, byte[]> packed, StoredReport report) =>
        FactRow.Tables(packed.TryGetValue(report.VersionId, out var cells) ? exports.Unpack(cells) : [], TemplateVersionExtensions.TryParse(report.Template, out var template) ? template : null);

    private static string Key(StoredReport report) => report.UnitCode is { } code ? "unit:" + code : "name:" + AgencyNames.Key(report.Agency);

    private static AuditFinding Finding(StoredReport report, int year, Diagnostic d, AuditSource source) =>
        new(report.UnitCode, report.UnitName ?? report.Agency, year, d.Code, d.Severity, string.Join(' ', d.Cells.Select(c => c.Path)), d.Message, source);
}
