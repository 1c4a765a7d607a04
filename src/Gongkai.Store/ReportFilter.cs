using Gongkai.Store.Registry;

namespace Gongkai.Store;

/// <summary>Which reports a query covers: a region (with everything under it), years, one unit or agency name.</summary>
/// <remarks>
/// <see cref="Region"/> is a path prefix of the registry's regions (<c>江南省/东山市</c>) or one segment of them
/// (<c>东山市</c>, matching <c>江南省/东山市</c> and every region below it). Reports not linked to a unit have no
/// region and are only selected by agency name or year.
/// </remarks>
public sealed record ReportFilter
{
    /// <summary>Every report, for the command line and the store's own work (never a user's request: give its scope).</summary>
    public static ReportFilter All { get; } = new() { Scope = AccessScope.All };

    /// <summary>A region path or segment, or <see langword="null"/> for all.</summary>
    public string? Region { get; init; }

    /// <summary>The first year, or <see langword="null"/>.</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year, or <see langword="null"/>.</summary>
    public int? ToYear { get; init; }

    /// <summary>A unit code or an agency name (normalised before comparing), or <see langword="null"/>.</summary>
    public string? Agency { get; init; }

    /// <summary>Who is asking: reports outside the scope are never selected (<see cref="AccessScope"/>).</summary>
    /// <remarks>Required, with no default: a read that forgot it would see every report. The CLI passes <see cref="AccessScope.All"/>.</remarks>
    public required AccessScope Scope { get; init; }

    /// <summary>One report by id, or <see langword="null"/>.</summary>
    public long? ReportId { get; init; }

    /// <summary>Only reports in this state, or <see langword="null"/>.</summary>
    public ReportStatus? Status { get; init; }

    /// <summary>Only published reports (<see langword="true"/>), only unpublished ones (<see langword="false"/>), or both.</summary>
    public bool? Published { get; init; }

    /// <summary>Only reports whose agency or unit name contains this text, or <see langword="null"/>.</summary>
    public string? NameContains { get; init; }

    /// <summary>One year, within <paramref name="scope"/>.</summary>
    public static ReportFilter ForYear(AccessScope scope, int year, string? region = null) => new() { Scope = scope, FromYear = year, ToYear = year, Region = region };

    /// <summary>
    /// The order of reports in every listing and export: region, unit, agency, year. NULLs (reports not linked to a
    /// unit) come first on both engines (SQLite's default, PostgreSQL's is last), and PostgreSQL compares these
    /// columns by code point (collation "C", migration 0002) as SQLite does, so both list in the same order.
    /// </summary>
    internal const string OrderBy = "u.region NULLS FIRST, u.code NULLS FIRST, r.agency NULLS FIRST, r.year NULLS FIRST";

    internal (string Where, (string, object?)[] Parameters) ToSql()
    {
        var clauses = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        if (Region is { Length: > 0 } region)
        {
            // LIKE's wildcards never occur in region names; drop them rather than escape them per engine. The units
            // are chosen first, once, so that the engine goes from them to their reports by index (reports_unit)
            // instead of testing the patterns on every report's unit: a region's roll-up over all years of a
            // 100,000-report store, 235 → 53 ms in SQLite (docs/store.md, "Roll-ups").
            var path = region.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim().Trim('/');
            clauses.Add("r.unit_id IN (SELECT id FROM units WHERE region = @region OR region LIKE @regionBelow OR region LIKE @regionSegment OR region LIKE @regionSegmentBelow)");
            parameters.Add(("region", path));
            parameters.Add(("regionBelow", path + "/%"));
            parameters.Add(("regionSegment", "%/" + path));
            parameters.Add(("regionSegmentBelow", "%/" + path + "/%"));
        }

        if (FromYear is { } from)
        {
            clauses.Add("r.year >= @fromYear");
            parameters.Add(("fromYear", from));
        }

        if (ToYear is { } to)
        {
            clauses.Add("r.year <= @toYear");
            parameters.Add(("toYear", to));
        }

        if (Agency is { Length: > 0 } agency)
        {
            clauses.Add("(u.code = @agencyCode OR r.agency_key = @agencyKey OR u.id IN (SELECT unit_id FROM unit_names WHERE name_key = @agencyKey))");
            parameters.Add(("agencyCode", agency.Trim()));
            parameters.Add(("agencyKey", AgencyNames.Key(agency)));
        }

        if (Scope.ToSql(parameters) is { } scope)
        {
            clauses.Add(scope);
        }

        if (ReportId is { } id)
        {
            clauses.Add("r.id = @reportId");
            parameters.Add(("reportId", id));
        }

        if (Status is { } status)
        {
            // The current version's counts, read from the index of migration 0009 rather than from the version rows,
            // which carry the report's JSON: the clause needs no join to report_versions (ReportStore.Browse has none).
            clauses.Add("r.current_version IN (SELECT id FROM report_versions WHERE " + status switch
            {
                ReportStatus.Clean => "errors = 0 AND warnings = 0)",
                ReportStatus.Warnings => "errors = 0 AND warnings > 0)",
                _ => "errors > 0)",
            });
        }

        if (Published is { } published)
        {
            clauses.Add(published ? "r.published_at IS NOT NULL" : "r.published_at IS NULL");
        }

        if (NameContains?.Trim() is { Length: > 0 } name)
        {
            // The text is the user's: its % and _ are escaped to match literally.
            clauses.Add("(COALESCE(u.name, '') LIKE @name ESCAPE '\\' OR COALESCE(r.agency, '') LIKE @name ESCAPE '\\')");
            parameters.Add(("name", "%" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"));
        }

        return (string.Join(" AND ", clauses), [.. parameters]);
    }
}
