using System.Data.Common;
using Gongkai.Store.Accounts;
using Gongkai.Store.Database;

namespace Gongkai.Store.Drafts;

/// <summary>
/// The <c>drafts</c> table (migration 0007). Every statement joins the registry's unit and applies the caller's
/// <see cref="AccessScope"/> in its SQL, as report queries do: a draft of a unit outside the scope is neither read nor
/// written, whatever id is given. The public never reaches a draft.
/// </summary>
public sealed class DraftRepository
{
    private const string Select =
        """
        SELECT d.id, d.unit_code, u.name, u.region, d.year, d.body, d.revision, d.created_by, d.created_at, d.updated_by,
               d.updated_at, d.submitted_report_id, d.submitted_at
        FROM drafts d JOIN units u ON u.code = d.unit_code
        """;

    private readonly StoreConnection _db;

    internal DraftRepository(StoreConnection db) => _db = db;

    /// <summary>The draft <paramref name="id"/>, or <see langword="null"/> when there is none in <paramref name="scope"/>.</summary>
    public StoredDraft? Find(long id, AccessScope scope)
    {
        var parameters = new List<(string, object?)> { ("id", id) };
        var where = Scope(scope, parameters);
        return _db.Query($"{Select} WHERE d.id = @id AND {where}", Read, [.. parameters]).FirstOrDefault();
    }

    /// <summary>The draft of <paramref name="unitCode"/> for <paramref name="year"/>, or <see langword="null"/> when there is none in <paramref name="scope"/>.</summary>
    public StoredDraft? Find(string unitCode, int year, AccessScope scope)
    {
        var parameters = new List<(string, object?)> { ("code", unitCode), ("year", year) };
        var where = Scope(scope, parameters);
        return _db.Query($"{Select} WHERE d.unit_code = @code AND d.year = @year AND {where}", Read, [.. parameters]).FirstOrDefault();
    }

    /// <summary>The drafts in <paramref name="scope"/>, the most recently saved first.</summary>
    public IReadOnlyList<StoredDraft> List(AccessScope scope)
    {
        var parameters = new List<(string, object?)>();
        var where = Scope(scope, parameters);
        return _db.Query($"{Select} WHERE {where} ORDER BY d.updated_at DESC, d.id DESC", Read, [.. parameters]);
    }

    /// <summary>
    /// Starts the draft of <paramref name="unitCode"/> for <paramref name="year"/> with <paramref name="body"/>, when the
    /// unit is registered and in <paramref name="scope"/> and has no draft for the year yet.
    /// </summary>
    /// <returns>The new draft's id, or <see langword="null"/> when nothing was created (out of scope, or one exists).</returns>
    public long? Create(string unitCode, int year, string body, string user, AccessScope scope)
    {
        var now = UnixTime.Now;
        var parameters = new List<(string, object?)> { ("code", unitCode), ("year", year), ("body", body), ("user", user), ("now", now) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"""
            INSERT INTO drafts (unit_code, year, body, revision, created_by, created_at, updated_by, updated_at)
            SELECT u.code, @year, @body, 1, @user, @now, @user, @now FROM units u WHERE u.code = @code AND {where}
            ON CONFLICT (unit_code, year) DO NOTHING
            RETURNING id
            """,
            r => (long?)r.Long(0), [.. parameters]).FirstOrDefault();
    }

    /// <summary>Writes <paramref name="body"/> over the draft if it is still at <paramref name="revision"/>.</summary>
    public DraftSaveOutcome Save(long id, int revision, string body, string user, AccessScope scope)
    {
        var parameters = new List<(string, object?)> { ("id", id), ("rev", revision), ("body", body), ("user", user), ("now", UnixTime.Now) };
        var where = Scope(scope, parameters);
        var changed = _db.Execute(
            $"""
            UPDATE drafts SET body = @body, revision = revision + 1, updated_by = @user, updated_at = @now
            WHERE id = @id AND revision = @rev AND unit_code IN (SELECT u.code FROM units u WHERE {where})
            """,
            [.. parameters]);
        return changed == 1 ? DraftSaveOutcome.Saved : Find(id, scope) is null ? DraftSaveOutcome.NotFound : DraftSaveOutcome.Conflict;
    }

    /// <summary>Records that the draft was submitted as the stored report <paramref name="reportId"/>.</summary>
    public void MarkSubmitted(long id, long reportId, AccessScope scope)
    {
        var parameters = new List<(string, object?)> { ("id", id), ("report", reportId), ("now", UnixTime.Now) };
        var where = Scope(scope, parameters);
        _db.Execute(
            $"UPDATE drafts SET submitted_report_id = @report, submitted_at = @now WHERE id = @id AND unit_code IN (SELECT u.code FROM units u WHERE {where})",
            [.. parameters]);
    }

    // The scope's condition on the joined unit `u`; the public's scope reaches no draft.
    private static string Scope(AccessScope scope, List<(string, object?)> parameters) =>
        scope.Kind == AccessKind.Public ? "1 = 0" : scope.ToSql(parameters) ?? "1 = 1";

    private static StoredDraft Read(DbDataReader r) => new(
        r.Long(0), r.GetString(1), r.GetString(2), r.GetString(3), (int)r.Long(4), r.GetString(5), (int)r.Long(6),
        r.GetString(7), UnixTime.From(r.Long(8)), r.GetString(9), UnixTime.From(r.Long(10)), r.NullableLong(11),
        r.NullableLong(12) is { } submitted ? UnixTime.From(submitted) : null);
}
