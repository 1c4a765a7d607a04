using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Serialization;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;
using Gongkai.Testing;

namespace Gongkai.Store.Tests;

/// <summary>
/// 报告列表 (<see cref="ReportStore.Browse"/>) counts, filters, sorts and pages on the narrow tables and reads the version
/// rows for the page only: on a store of synthetic reports it lists exactly what the query that joined every version
/// row listed, for every filter, sort, page and scope.
/// </summary>
public sealed class BrowseTests
{
    private static readonly string[] Cities = ["东坡市", "西岭市"];
    private static readonly string[] Districts = ["城关区", "河口县", "南湖区"];
    private static readonly string[] Offices = ["人民政府", "教育局", "住房和城乡建设局", "人民政府办公室"];

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Lists_every_filter_sort_and_page_as_the_query_over_every_version_row_did(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var reports = SyntheticStore(store);
        var filters = Filters().ToList();
        var compared = 0;

        foreach (var filter in filters)
        {
            foreach (var sort in Enum.GetValues<ReportSort>())
            {
                var all = Before(store, filter, sort, 0, 10_000);
                foreach (var (offset, limit) in new[] { (0, 7), (7, 7), (14, 50), (0, 500), (all.Reports.Count, 7) })
                {
                    var after = store.Browse(filter, sort, offset, limit);
                    var before = Before(store, filter, sort, offset, limit);
                    Assert.Equal(before.Total, after.Total);
                    Assert.Equal(before.Reports, after.Reports);
                    compared += after.Reports.Count;
                }
            }
        }

        // The store and the filters are not trivial: many reports, every status, reports of no unit, pages compared.
        Assert.True(reports > 100);
        Assert.Contains(store.Reports(), r => r.UnitCode is null);
        Assert.Contains(store.Reports(), r => !r.IsPublished);
        Assert.All(Enum.GetValues<ReportStatus>(), s => Assert.NotEqual(0, store.Browse(new ReportFilter { Scope = AccessScope.All, Status = s }, ReportSort.Region, 0, 1).Total));
        Assert.True(compared > 5_000, $"only {compared} rows compared");
    }

    // Every filter 报告列表 and the API offer, alone and combined, within each kind of scope.
    private static IEnumerable<ReportFilter> Filters()
    {
        AccessScope[] scopes = [AccessScope.All, AccessScope.Public, AccessScope.Region("江北省/东坡市"), AccessScope.Unit("JB-DP-CG-1")];
        foreach (var scope in scopes)
        {
            yield return new ReportFilter { Scope = scope };
            foreach (var status in Enum.GetValues<ReportStatus>())
            {
                yield return new ReportFilter { Scope = scope, Status = status };
            }

            yield return new ReportFilter { Scope = scope, Published = true };
            yield return new ReportFilter { Scope = scope, Published = false, Status = ReportStatus.Errors };
            yield return new ReportFilter { Scope = scope, Region = "东坡市" };
            yield return new ReportFilter { Scope = scope, Region = "江北省/西岭市/河口县" };
            yield return new ReportFilter { Scope = scope, FromYear = 2021, ToYear = 2021 };
            yield return new ReportFilter { Scope = scope, NameContains = "教育" };
            yield return new ReportFilter { Scope = scope, NameContains = "%" };
            yield return new ReportFilter { Scope = scope, Region = "西岭市", FromYear = 2022, ToYear = 2022, Status = ReportStatus.Errors };
            yield return new ReportFilter { Scope = scope, NameContains = "人民政府", Status = ReportStatus.Clean, FromYear = 2020, ToYear = 2023 };
        }
    }

    // The listing as it was read before migration 0009: every current version's row joined, then counted, sorted, paged.
    private static ReportPage Before(ReportStore store, ReportFilter filter, ReportSort sort, int offset, int limit)
    {
        var (where, parameters) = filter.ToSql();
        where = where
            .Replace("r.current_version IN (SELECT id FROM report_versions WHERE errors = 0 AND warnings = 0)", "v.errors = 0 AND v.warnings = 0", StringComparison.Ordinal)
            .Replace("r.current_version IN (SELECT id FROM report_versions WHERE errors = 0 AND warnings > 0)", "v.errors = 0 AND v.warnings > 0", StringComparison.Ordinal)
            .Replace("r.current_version IN (SELECT id FROM report_versions WHERE errors > 0)", "v.errors > 0", StringComparison.Ordinal);
        Assert.DoesNotContain("report_versions", where, StringComparison.Ordinal);
        const string from = "FROM reports r JOIN report_versions v ON v.id = r.current_version LEFT JOIN units u ON u.id = r.unit_id";
        var total = store.Db.Scalar<long>($"SELECT COUNT(*) {from} WHERE {where}", parameters);
        var order = sort switch
        {
            ReportSort.YearDescending => $"r.year DESC NULLS LAST, {ReportFilter.OrderBy}",
            ReportSort.Name => $"COALESCE(u.name, r.agency) NULLS FIRST, r.year DESC NULLS LAST, r.id",
            ReportSort.ProblemsDescending => $"v.errors DESC, v.warnings DESC, {ReportFilter.OrderBy}",
            _ => ReportFilter.OrderBy,
        };
        var rows = store.Db.Query(
            $"""
            SELECT r.id, r.agency, r.year, u.code, u.name, u.region, u.level, r.match_kind, v.id, v.version, v.template,
                   v.published_on, v.is_summary, v.errors, v.warnings, r.published_at, r.published_by
            {from}
            WHERE {where}
            ORDER BY {order}, r.id
            LIMIT @limit OFFSET @offset
            """,
            r => new StoredReport(r.Long(0), r.String(1), r.NullableInt(2), r.String(3), r.String(4), r.String(5), r.String(6), r.String(7),
                r.Long(8), (int)r.Long(9), r.String(10), r.Date(11), r.Bool(12), (int)r.Long(13), (int)r.Long(14))
            {
                PublishedAt = r.IsDBNull(15) ? null : Gongkai.Store.Accounts.UnixTime.From(r.Long(15)),
                PublishedBy = r.String(16),
            },
            [.. parameters, ("limit", limit), ("offset", offset)]);
        return new ReportPage(rows, total);
    }

    // A fictional province: two cities of three districts of four offices, 2019–2023 with gaps, random findings, second
    // versions, and reports of agencies outside the registry (one without a year); returns how many reports it holds.
    private static int SyntheticStore(ReportStore store)
    {
        var random = new Random(12);
        var units = new List<RegisteredUnit>();
        for (var c = 0; c < Cities.Length; c++)
        {
            for (var d = 0; d < Districts.Length; d++)
            {
                for (var o = 0; o < Offices.Length; o++)
                {
                    var code = $"JB-{(c == 0 ? "DP" : "XL")}-{(d == 0 ? "CG" : d == 1 ? "HK" : "NH")}-{o + 1}";
                    units.Add(new RegisteredUnit(code, Cities[c] + Districts[d] + Offices[o], o == 0 ? "县区" : "部门", $"江北省/{Cities[c]}/{Districts[d]}", null, []));
                }
            }
        }

        store.ImportRegistry(units);
        var template = ReportJsonReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "expected", "s01-docx-2021-clean.json")));
        var saved = 0;
        foreach (var unit in units)
        {
            foreach (var year in Enumerable.Range(2019, 5).Where(_ => random.Next(6) != 0))
            {
                Save(store, random, template with { Agency = unit.Name, Year = year }, new UnitMatch(UnitMatchKind.Name, unit, []), versions: random.Next(5) == 0 ? 2 : 1);
                saved++;
            }
        }

        foreach (var (agency, year) in new (string, int?)[] { ("北湖农场管理委员会", 2021), ("北湖农场管理委员会", 2022), ("南山林场", 2020), ("无名单位", null) })
        {
            Save(store, random, template with { Agency = agency, Year = year }, UnitMatch.None, versions: 1);
            saved++;
        }

        return saved;
    }

    private static void Save(ReportStore store, Random random, Core.Model.AnnualReport report, UnitMatch match, int versions)
    {
        for (var version = 1; version <= versions; version++)
        {
            var content = report with { PublishedOn = new DateOnly((report.Year ?? 2020) + 1, 1, 10 + version) };
            var findings = Enumerable.Range(0, random.Next(3) == 0 ? random.Next(1, 4) : 0)
                .Select(i => Diagnostic.Create(DiagnosticCodes.RequestsBalance, i % 2 == 0 ? Severity.Error : Severity.Warning, "不平衡"))
                .Concat(Enumerable.Range(0, random.Next(4) == 0 ? random.Next(1, 3) : 0).Select(_ => Diagnostic.Create(DiagnosticCodes.PublishedLate, Severity.Warning, "逾期")))
                .ToList();
            var json = ReportJsonWriter.Write(content, findings);
            var bytes = Encoding.UTF8.GetBytes(json);
            store.Save(new PreparedReport
            {
                SourcePath = $"{report.Agency}-{report.Year}-{version}.json",
                FileSha256 = StoredFiles.Sha256(bytes),
                FileSize = bytes.Length,
                FileModifiedAt = new DateTimeOffset(2024, 1, version, 0, 0, 0, TimeSpan.Zero),
                CompressedFile = StoredFiles.Gzip(bytes),
                Format = "json",
                Report = content,
                Findings = findings,
                ReportJson = json,
                ContentSha256 = StoredFiles.Sha256(bytes),
                // Some reports unpublished (在线填报's submissions before the office publishes them): the public's scope and
                // the publication filter must page them the same way.
                Published = (report.Agency!.Length + (report.Year ?? 0) + version) % 6 != 0, // not from `random`: the layout stays as it was
                Facts = FactRow.From(content),
                Match = match,
                IsSummary = false,
            });
        }
    }
}
