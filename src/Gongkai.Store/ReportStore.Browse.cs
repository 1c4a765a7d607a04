using Gongkai.Core.Diagnostics;
using Gongkai.Store.Database;

namespace Gongkai.Store;

/// <summary>Paged listing and the findings of a version, for the web application's pages.</summary>
public sealed partial class ReportStore
{
    /// <summary>The reports matching <paramref name="filter"/> (its scope included), sorted, one page of them.</summary>
    public ReportPage Browse(ReportFilter filter, ReportSort sort, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, parameters) = filter.ToSql();
        const string from = "FROM reports r JOIN report_versions v ON v.id = r.current_version LEFT JOIN units u ON u.id = r.unit_id";
        var total = _db.Scalar<long>($"SELECT COUNT(*) {from} WHERE {where}", parameters);
        var order = sort switch
        {
            ReportSort.YearDescending => $"r.year DESC NULLS LAST, {ReportFilter.OrderBy}",
            ReportSort.Name => $"COALESCE(u.name, r.agency) NULLS FIRST, r.year DESC NULLS LAST, r.id",
            ReportSort.ProblemsDescending => $"v.errors DESC, v.warnings DESC, {ReportFilter.OrderBy}",
            _ => ReportFilter.OrderBy,
        };
        var rows = _db.Query(
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
