using Gongkai.Core.Diagnostics;
using Gongkai.Store.Database;

namespace Gongkai.Store;

/// <summary>Paged listing and the findings of a version, for the web application's pages.</summary>
public sealed partial class ReportStore
{
    /// <summary>The reports matching <paramref name="filter"/> (its scope included), sorted, one page of them.</summary>
    /// <remarks>
    /// Counting, filtering, sorting and paging read only <c>reports</c> and <c>units</c> (and, for the 问题最多 order,
    /// the versions' counts from their index, migration 0009); the version rows, which carry the report's JSON (about
    /// 12 KB, overflow pages on SQLite), are read for the page's rows only. Joining them for every report made each
    /// request read tens of megabytes on a store of 10,000 reports. A report without a current version is listed by
    /// neither form.
    /// </remarks>
    public ReportPage Browse(ReportFilter filter, ReportSort sort, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, parameters) = filter.ToSql();
        const string narrow = "FROM reports r LEFT JOIN units u ON u.id = r.unit_id";
        var total = _db.Scalar<long>($"SELECT COUNT(*) {narrow} WHERE r.current_version IS NOT NULL AND {where}", parameters);
        // The 问题最多 order needs every report's counts: from a materialised projection, which both engines read from the
        // covering index instead of the version rows (SQLite would otherwise look each row up by its id).
        var byProblems = sort == ReportSort.ProblemsDescending;
        var counts = byProblems ? "WITH c AS MATERIALIZED (SELECT id, errors, warnings FROM report_versions)" : "";
        var countsJoin = byProblems ? "JOIN c ON c.id = r.current_version" : "";
        var rows = _db.Query(
            $"""
            {counts}
            SELECT r.id, r.agency, r.year, u.code, u.name, u.region, u.level, r.match_kind, v.id, v.version, v.template,
                   v.published_on, v.is_summary, v.errors, v.warnings, r.published_at, r.published_by
            FROM (
                SELECT r.id {narrow} {countsJoin}
                WHERE r.current_version IS NOT NULL AND {where}
                ORDER BY {Order(sort, "c")}, r.id
                LIMIT @limit OFFSET @offset
            ) p
            JOIN reports r ON r.id = p.id
            JOIN report_versions v ON v.id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            ORDER BY {Order(sort, "v")}, r.id
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

    // The order of 报告列表 over reports r, units u and the version counts under the alias counts (the page's query
    // sorts twice: the inner one pages, the outer one keeps that order, which a subquery does not promise).
    private static string Order(ReportSort sort, string counts) => sort switch
    {
        ReportSort.YearDescending => $"r.year DESC NULLS LAST, {ReportFilter.OrderBy}",
        ReportSort.Name => "COALESCE(u.name, r.agency) NULLS FIRST, r.year DESC NULLS LAST, r.id",
        ReportSort.ProblemsDescending => $"{counts}.errors DESC, {counts}.warnings DESC, {ReportFilter.OrderBy}",
        _ => ReportFilter.OrderBy,
    };

    /// <summary>The validator's findings on version <paramref name="versionId"/>, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Findings(long versionId) => _db.Query(
        "SELECT code, severity, cells, message FROM findings WHERE version_id = @v ORDER BY seq",
        r => new Diagnostic
        {
            Code = r.GetString(0),
            Severity = Enum.Parse<Severity>(r.GetString(1), ignoreCase: true),
            Cells = [.. r.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CellRef.TryParse).OfType<CellRef>()],
            Message = r.GetString(3),
        },
        ("v", versionId));
}
