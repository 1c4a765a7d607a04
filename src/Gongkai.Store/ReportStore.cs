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

    private ReportStore(StoreLocation location, StoreConnection db, int schemaThrough)
    {
        Location = location;
        _db = db;
        Migrations.Apply(db, schemaThrough);
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
    public static ReportStore Open(StoreLocation location) => Open(location, int.MaxValue);

    /// <summary>Opens the store migrated only up to schema version <paramref name="schemaThrough"/>: what an older gongkai wrote, for tests of a later migration.</summary>
    internal static ReportStore Open(StoreLocation location, int schemaThrough)
    {
        ArgumentNullException.ThrowIfNull(location);
        StoreConnection? db = null;
        try
        {
            db = StoreConnection.Open(location);
            return new ReportStore(location, db, schemaThrough);
        }
        catch (StoreUnavailableException)
        {
            db?.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException)
        {
            db?.Dispose();
            throw new StoreUnavailableException($"无法打开数据库 {location.Display}：{StoreErrors.Describe(ex)}。", ex);
        }
    }

    /// <summary>The SHA-256 of every file already imported (an import skips these without reading them).</summary>
    public HashSet<string> ImportedFileHashes() =>
        [.. _db.Query("SELECT file_sha256 FROM version_sources", r => r.GetString(0))];

    /// <summary>
    /// Stores <paramref name="report"/> in one transaction: all of it, or nothing. Safe to call from several processes
    /// at once (two imports of the same folder): writers of one report take turns, and a transaction that lost a race
    /// is run again (<see cref="StoreConnection.InTransaction{T}"/>).
    /// </summary>
    /// <param name="report">The prepared report.</param>
    /// <param name="makeCurrent">
    /// Make the file's version current whatever the rank (<c>import --make-current</c>); otherwise a file whose
    /// content equals an earlier version is only recorded as its source, and a new content is current only when it
    /// ranks above the current version (<see cref="VersionRank"/>).
    /// </param>
    public SaveResult Save(PreparedReport report, bool makeCurrent = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _db.InTransaction(() => SaveInTransaction(report, makeCurrent));
    }

    /// <summary>
    /// Makes the version that the imported file <paramref name="fileSha256"/> gave or confirmed the current version of
    /// its report (<c>import --make-current</c> with a file imported before).
    /// </summary>
    /// <returns>The result, or <see langword="null"/> when no such file was imported.</returns>
    public SaveResult? MakeCurrent(string fileSha256) => _db.InTransaction<SaveResult?>(() =>
    {
        var source = FindSource(fileSha256);
        if (source is not { } found)
        {
            return null;
        }

        _db.Lock(found.Identity);
        var current = CurrentVersion(found.ReportId);
        if (current.Id == found.VersionId)
        {
            return new SaveResult(SaveOutcome.AlreadyImported, found.ReportId, found.Version, found.Version);
        }

        _db.Execute("UPDATE reports SET current_version = @v WHERE id = @r", ("v", found.VersionId), ("r", found.ReportId));
        return new SaveResult(SaveOutcome.MadeCurrent, found.ReportId, found.Version, found.Version);
    });

    /// <summary>
    /// The report and version that the imported file <paramref name="fileSha256"/> gave or confirmed (what an import
    /// that skips a known file without reading it can still tell), or <see langword="null"/> when no such file was imported.
    /// </summary>
    public SaveResult? ImportedFile(string fileSha256) =>
        FindSource(fileSha256) is { } found ? new SaveResult(SaveOutcome.AlreadyImported, found.ReportId, found.Version, CurrentVersion(found.ReportId).Version) : null;

    /// <summary>Whether the store can only be read (a SQLite file or folder without write permission): imports are refused.</summary>
    public bool IsReadOnly => _db.IsReadOnly;

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
        return compressed is null ? null : StoredFiles.Gunzip(compressed);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _facts.Dispose();
        _db.Dispose();
    }

    private SaveResult SaveInTransaction(PreparedReport report, bool makeCurrent)
    {
        // Writers of one report take turns (another process may be storing another file of it right now); the
        // identity is known before the transaction, and every file of a report has it.
        _db.Lock(report.Identity);
        if (FindSource(report.FileSha256) is { } known)
        {
            return makeCurrent && CurrentVersion(known.ReportId).Id != known.VersionId
                ? SetCurrent(known.ReportId, known.VersionId, known.Version, SaveOutcome.MadeCurrent)
                : new SaveResult(SaveOutcome.AlreadyImported, known.ReportId, known.Version, CurrentVersion(known.ReportId).Version);
        }

        var now = DateTimeOffset.UtcNow;
        _db.Execute("INSERT INTO files (sha256, size, content, stored_at) VALUES (@s, @n, @c, @t) ON CONFLICT DO NOTHING",
            ("s", report.FileSha256), ("n", report.FileSize), ("c", report.CompressedFile), ("t", Timestamp(now)));

        var existing = _db.Scalar<long?>("SELECT id FROM reports WHERE identity = @i", ("i", report.Identity));
        var reportId = existing
            ?? _db.Scalar<long>("INSERT INTO reports (identity, agency, agency_key, year) VALUES (@i, @a, @k, @y) RETURNING id",
                ("i", report.Identity), ("a", report.Report.Agency), ("k", report.AgencyKey), ("y", report.Report.Year));

        // A report just inserted has no versions yet: its first version needs none of the three lookups below (three
        // round trips per new report on PostgreSQL, issue #16).
        var current = existing is null ? default : CurrentVersion(reportId);

        // A content is one version however many files carry it (HTML and PDF, re-encoded, re-saved): the file
        // becomes another source of the version with that content, current or not. An old download imported again
        // must not undo a correction.
        var same = existing is null ? default : _db.Query(
            "SELECT id, version FROM report_versions WHERE report_id = @r AND content_sha256 = @h ORDER BY version",
            r => (Id: r.Long(0), Version: (int)r.Long(1)), ("r", reportId), ("h", report.ContentSha256)).FirstOrDefault();
        if (same.Id != 0)
        {
            AddSource(report, same.Id, now);
            if (same.Id == current.Id)
            {
                return new SaveResult(SaveOutcome.SameContent, reportId, same.Version, current.Version);
            }

            return makeCurrent
                ? SetCurrent(reportId, same.Id, same.Version, SaveOutcome.MadeCurrent)
                : new SaveResult(SaveOutcome.EarlierVersion, reportId, same.Version, current.Version);
        }

        var version = existing is null ? 1 : (int)(_db.Scalar<long?>("SELECT MAX(version) FROM report_versions WHERE report_id = @r", ("r", reportId)) ?? 0) + 1;
        var errors = report.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Warning);
        var versionId = _db.Scalar<long>(
            """
            INSERT INTO report_versions (report_id, version, template, published_on, is_summary, content_sha256, report_json, errors, warnings, imported_at, file_modified_at)
            VALUES (@r, @v, @tp, @p, @s, @h, @j, @e, @w, @t, @m) RETURNING id
            """,
            ("r", reportId), ("v", version), ("tp", report.Report.Template?.ToJsonValue()), ("p", report.Report.PublishedOn),
            ("s", report.IsSummary), ("h", report.ContentSha256), ("j", report.ReportJson), ("e", errors), ("w", warnings), ("t", Timestamp(now)),
            ("m", Timestamp(report.FileModifiedAt)));
        var facts = report.Facts.Select(f => (_cells.Id(_db, f.Cell), f)).ToList();
        if (_pending is { } pending)
        {
            pending.Add(versionId, report.IsSummary, facts, report.Findings);
        }
        else
        {
            _facts.Write(_db, versionId, facts);
            VersionCells.Write(_db, versionId, report.IsSummary, facts);
            _facts.WriteFindings(_db, versionId, report.Findings);
        }

        AddSource(report, versionId, now);

        // Files come in any order (parallel parsing, two imports at once, a re-import of an old download): the rank
        // decides, not the order (VersionRank).
        if (current.Id != 0 && !makeCurrent && !report.Rank.IsNewerThan(current.Rank))
        {
            return new SaveResult(SaveOutcome.OlderVersion, reportId, version, current.Version);
        }

        // The public sees the current version only: a version stored unpublished withdraws the report until it is
        // published again; a published one keeps the report's publication (or publishes it, by nobody: the import).
        _db.Execute(
            """
            UPDATE reports SET current_version = @v, agency = @a, agency_key = @k, unit_id = @u, match_kind = CASE WHEN match_kind = 'manual' THEN match_kind ELSE @m END,
                published_by = CASE WHEN @pub AND published_at IS NOT NULL THEN published_by ELSE NULL END,
                published_at = CASE WHEN @pub THEN COALESCE(published_at, @now) ELSE NULL END
            WHERE id = @r
            """,
            ("v", versionId), ("a", report.Report.Agency), ("k", report.AgencyKey), ("u", report.Match.Unit is { } unit ? UnitId(unit) : null),
            ("m", report.Match.Unit is null ? null : report.Match.KindKey), ("pub", report.Published), ("now", now.ToUnixTimeMilliseconds()), ("r", reportId));
        var outcome = version == 1 ? SaveOutcome.Added : makeCurrent && current.Id != 0 && !report.Rank.IsNewerThan(current.Rank) ? SaveOutcome.MadeCurrent : SaveOutcome.NewVersion;
        return new SaveResult(outcome, reportId, version, version);
    }

    private SaveResult SetCurrent(long reportId, long versionId, int version, SaveOutcome outcome)
    {
        _db.Execute("UPDATE reports SET current_version = @v WHERE id = @r", ("v", versionId), ("r", reportId));
        return new SaveResult(outcome, reportId, version, version);
    }

    private (long ReportId, string Identity, long VersionId, int Version)? FindSource(string fileSha256) => _db.Query(
            "SELECT v.report_id, r.identity, v.id, v.version FROM version_sources s JOIN report_versions v ON v.id = s.version_id JOIN reports r ON r.id = v.report_id WHERE s.file_sha256 = @s",
            r => ((long, string, long, int)?)(r.Long(0), r.GetString(1), r.Long(2), (int)r.Long(3)), ("s", fileSha256))
        .FirstOrDefault();

    private (long Id, int Version, VersionRank Rank) CurrentVersion(long reportId) => _db.Query(
            "SELECT v.id, v.version, v.published_on, COALESCE(v.file_modified_at, v.imported_at), v.content_sha256 FROM reports r JOIN report_versions v ON v.id = r.current_version WHERE r.id = @r",
            r => (r.Long(0), (int)r.Long(1), new VersionRank(r.Date(2), r.Time(3), r.GetString(4))), ("r", reportId))
        .FirstOrDefault();

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
