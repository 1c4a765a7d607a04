using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;

namespace Gongkai.Store;

/// <summary>
/// The report store: reports with their versions, original files and cell facts, and the unit registry, in
/// SQLite or PostgreSQL. One instance holds one connection and is used from one thread at a time.
/// </summary>
public sealed partial class ReportStore : IDisposable
{
    private readonly StoreConnection _db;
    private readonly CellCatalog _cells;
    private readonly FactWriter _facts;

    private ReportStore(StoreLocation location, StoreConnection db)
    {
        Location = location;
        _db = db;
        Migrations.Apply(db);
        _cells = CellCatalog.Load(db);
        _facts = FactWriter.For(db);
    }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location { get; }

    /// <summary>The engine behind the store.</summary>
    public StoreEngine Engine => _db.Engine;

    internal StoreConnection Db => _db;

    internal CellCatalog Cells => _cells;

    /// <summary>Opens (creating and migrating when needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreUnavailableException">The database cannot be opened or migrated (Chinese message).</exception>
    public static ReportStore Open(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        StoreConnection? db = null;
        try
        {
            db = StoreConnection.Open(location);
            return new ReportStore(location, db);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException)
        {
            db?.Dispose();
            throw new StoreUnavailableException($"无法打开数据库 {location.Display}：{ex.Message}", ex);
        }
    }

    /// <summary>The SHA-256 of every file already imported (an import skips these without reading them).</summary>
    public HashSet<string> ImportedFileHashes() =>
        [.. _db.Query("SELECT file_sha256 FROM version_sources", r => r.GetString(0))];

    /// <summary>Stores <paramref name="report"/> in one transaction: all of it, or nothing.</summary>
    public SaveResult Save(PreparedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _db.Begin();
        try
        {
            var result = SaveInTransaction(report);
            _db.Commit();
            return result;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    /// <summary>The current version of the report <paramref name="reportId"/>, or <see langword="null"/>.</summary>
    public AnnualReport? LoadCurrent(long reportId)
    {
        var json = _db.Scalar<string>("SELECT v.report_json FROM reports r JOIN report_versions v ON v.id = r.current_version WHERE r.id = @id", ("id", reportId));
        return json is null ? null : ReportJsonReader.Read(json);
    }

    /// <summary>The original bytes of the file with <paramref name="sha256"/>, or <see langword="null"/>.</summary>
    public byte[]? OriginalFile(string sha256)
    {
        var compressed = _db.Scalar<byte[]>("SELECT content FROM files WHERE sha256 = @s", ("s", sha256));
        return compressed is null ? null : ReportPreparer.Gunzip(compressed);
    }

    /// <inheritdoc/>
    public void Dispose() => _db.Dispose();

    private SaveResult SaveInTransaction(PreparedReport report)
    {
        var existing = _db.Query(
            "SELECT v.report_id, v.version FROM version_sources s JOIN report_versions v ON v.id = s.version_id WHERE s.file_sha256 = @s",
            r => (ReportId: r.Long(0), Version: (int)r.Long(1)), ("s", report.FileSha256));
        if (existing.Count > 0)
        {
            return new SaveResult(SaveOutcome.AlreadyImported, existing[0].ReportId, existing[0].Version);
        }

        var now = DateTimeOffset.UtcNow;
        _db.Execute("INSERT INTO files (sha256, size, content, stored_at) VALUES (@s, @n, @c, @t) ON CONFLICT DO NOTHING",
            ("s", report.FileSha256), ("n", report.FileSize), ("c", report.CompressedFile), ("t", Timestamp(now)));

        var reportId = _db.Scalar<long?>("SELECT id FROM reports WHERE identity = @i", ("i", report.Identity))
            ?? _db.Scalar<long>("INSERT INTO reports (identity, agency, agency_key, year) VALUES (@i, @a, @k, @y) RETURNING id",
                ("i", report.Identity), ("a", report.Report.Agency), ("k", report.AgencyKey), ("y", report.Report.Year));
        var current = _db.Query(
            "SELECT v.id, v.version, v.content_sha256, v.published_on FROM reports r JOIN report_versions v ON v.id = r.current_version WHERE r.id = @r",
            r => (Id: r.Long(0), Version: (int)r.Long(1), Content: r.GetString(2), PublishedOn: r.Date(3)), ("r", reportId)).FirstOrDefault();

        if (current.Id != 0 && current.Content == report.ContentSha256)
        {
            AddSource(report, current.Id, now);
            return new SaveResult(SaveOutcome.SameContent, reportId, current.Version);
        }

        var version = (int)(_db.Scalar<long?>("SELECT MAX(version) FROM report_versions WHERE report_id = @r", ("r", reportId)) ?? 0) + 1;
        var errors = report.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Warning);
        var versionId = _db.Scalar<long>(
            """
            INSERT INTO report_versions (report_id, version, template, published_on, is_summary, content_sha256, report_json, errors, warnings, imported_at)
            VALUES (@r, @v, @tp, @p, @s, @h, @j, @e, @w, @t) RETURNING id
            """,
            ("r", reportId), ("v", version), ("tp", report.Report.Template?.ToJsonValue()), ("p", report.Report.PublishedOn),
            ("s", report.IsSummary), ("h", report.ContentSha256), ("j", report.ReportJson), ("e", errors), ("w", warnings), ("t", Timestamp(now)));
        _facts.Write(_db, versionId, report.Facts.Select(f => (_cells.Id(_db, f.Cell), f)));
        _facts.WriteFindings(_db, versionId, report.Findings);
        AddSource(report, versionId, now);

        // The current version is the newest by its 落款 date; files come in any order (parallel parsing, a re-import
        // of an old download), so the import order decides only between versions of the same or an unknown date.
        if (current.Id != 0 && current.PublishedOn is { } currentDate && report.Report.PublishedOn is { } newDate && newDate < currentDate)
        {
            return new SaveResult(SaveOutcome.NewVersion, reportId, version);
        }

        _db.Execute(
            "UPDATE reports SET current_version = @v, agency = @a, agency_key = @k, unit_id = @u, match_kind = CASE WHEN match_kind = 'manual' THEN match_kind ELSE @m END WHERE id = @r",
            ("v", versionId), ("a", report.Report.Agency), ("k", report.AgencyKey), ("u", report.Match.Unit is { } unit ? UnitId(unit) : null),
            ("m", report.Match.Unit is null ? null : report.Match.KindKey), ("r", reportId));
        return new SaveResult(version == 1 ? SaveOutcome.Added : SaveOutcome.NewVersion, reportId, version);
    }

    private void AddSource(PreparedReport report, long versionId, DateTimeOffset now) =>
        _db.Execute("INSERT INTO version_sources (file_sha256, version_id, source_path, format, imported_at) VALUES (@s, @v, @p, @f, @t)",
            ("s", report.FileSha256), ("v", versionId), ("p", report.SourcePath), ("f", report.Format), ("t", Timestamp(now)));

    // A unit from this store's registry (ReportStore.Matcher) carries its id: no query per report. One built
    // from a CSV does not.
    private long? UnitId(RegisteredUnit unit) =>
        unit.Id != 0 ? unit.Id : _db.Scalar<long?>("SELECT id FROM units WHERE code = @c", ("c", unit.Code));

    // SQLite stores the ISO text; PostgreSQL binds the timestamptz.
    private object Timestamp(DateTimeOffset time) =>
        _db.Engine == StoreEngine.Sqlite ? time.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : time;
}
