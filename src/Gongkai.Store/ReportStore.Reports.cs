using Gongkai.Store.Database;

namespace Gongkai.Store;

/// <summary>Listing stored reports and their histories.</summary>
public sealed partial class ReportStore
{
    /// <summary>How much the store holds.</summary>
    public StoreCounts Counts() => new(
        _db.Scalar<long>("SELECT COUNT(*) FROM reports"),
        _db.Scalar<long>("SELECT COUNT(*) FROM report_versions"),
        _db.Scalar<long>("SELECT COUNT(*) FROM files"),
        _db.Scalar<long>("SELECT COUNT(*) FROM facts"),
        _db.Scalar<long>("SELECT COUNT(*) FROM units"));

    /// <summary>The current version of every report matching <paramref name="filter"/>, by region, unit and year.</summary>
    public IReadOnlyList<StoredReport> Reports(ReportFilter? filter = null)
    {
        var (where, parameters) = (filter ?? ReportFilter.All).ToSql();
        return _db.Query(
            $"""
            SELECT r.id, r.agency, r.year, u.code, u.name, u.region, u.level, r.match_kind, v.id, v.version, v.template,
                   v.published_on, v.is_summary, v.errors, v.warnings, r.published_at, r.published_by
            FROM reports r
            JOIN report_versions v ON v.id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            WHERE {where}
            ORDER BY {ReportFilter.OrderBy}
            """,
            r => new StoredReport(r.Long(0), r.String(1), r.NullableInt(2), r.String(3), r.String(4), r.String(5), r.String(6), r.String(7),
                r.Long(8), (int)r.Long(9), r.String(10), r.Date(11), r.Bool(12), (int)r.Long(13), (int)r.Long(14))
            {
                PublishedAt = r.IsDBNull(15) ? null : Gongkai.Store.Accounts.UnixTime.From(r.Long(15)),
                PublishedBy = r.String(16),
            },
            parameters);
    }

    /// <summary>Every version of report <paramref name="reportId"/>, oldest first, with the files that gave it.</summary>
    public IReadOnlyList<ReportVersionInfo> History(long reportId) => _db.Query(
        """
        SELECT v.id, v.version, v.imported_at, v.errors, v.warnings, s.source_path, s.file_sha256, s.format, (r.current_version = v.id),
               v.published_on, v.content_sha256, s.imported_at
        FROM report_versions v
        JOIN reports r ON r.id = v.report_id
        LEFT JOIN version_sources s ON s.version_id = v.id
        WHERE v.report_id = @r
        ORDER BY v.version, s.imported_at, s.file_sha256
        """,
        r => new ReportVersionInfo(r.Long(0), (int)r.Long(1), Iso(r.Time(2)),
            (int)r.Long(3), (int)r.Long(4), r.String(5), r.String(6), r.String(7), r.Bool(8))
        {
            PublishedOn = r.Date(9),
            ContentSha256 = r.GetString(10),
            SourceImportedAt = r.IsDBNull(11) ? null : Iso(r.Time(11)),
        },
        ("r", reportId));

    // The same text from both engines (SQLite keeps it, PostgreSQL's timestamptz is formatted).
    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How many reports, versions, files, facts and units a store holds.</summary>
public sealed record StoreCounts(long Reports, long Versions, long Files, long Facts, long Units);

/// <summary>A stored report's current version, with its unit when linked.</summary>
public sealed record StoredReport(
    long ReportId, string? Agency, int? Year, string? UnitCode, string? UnitName, string? Region, string? Level, string? MatchKind,
    long VersionId, int Version, string? Template, DateOnly? PublishedOn, bool IsSummary, int Errors, int Warnings)
{
    /// <summary>When the report was published (公开), or <see langword="null"/> while it is not.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The account that published it, or <see langword="null"/> when it was published by its import.</summary>
    public string? PublishedBy { get; init; }

    /// <summary>Whether the public may read it (when it is also linked to a unit: <see cref="AccessScope.Public"/>).</summary>
    public bool IsPublished => PublishedAt is not null;
}

/// <summary>One version of a report and one file that gave it (a version given by two identical-content files appears twice).</summary>
/// <param name="VersionId">The version's id.</param>
/// <param name="Version">The version number (1, 2, … in the order the contents were first stored).</param>
/// <param name="ImportedAt">When the version was first stored (UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>).</param>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="SourcePath">The file as it was given to the import.</param>
/// <param name="FileSha256">The file's SHA-256.</param>
/// <param name="Format">The format the reader detected.</param>
/// <param name="IsCurrent">Whether this is the report's current version.</param>
public sealed record ReportVersionInfo(long VersionId, int Version, string ImportedAt, int Errors, int Warnings, string? SourcePath, string? FileSha256, string? Format, bool IsCurrent)
{
    /// <summary>The version's 落款 date.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>The hash of the version's canonical content (what the report says).</summary>
    public string ContentSha256 { get; init; } = "";

    /// <summary>When this file was imported (UTC), which may be long after the version was first stored.</summary>
    public string? SourceImportedAt { get; init; }
}
