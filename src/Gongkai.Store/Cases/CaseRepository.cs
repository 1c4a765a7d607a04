using System.Data.Common;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Store.Accounts;
using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

/// <summary>
/// The <c>cases</c> table (migration 0010): the case's body as <see cref="CaseJson"/>, and beside it the columns lists,
/// deadlines and table 三 query, rewritten from the case on every save. Reads join the registry's unit and apply the
/// caller's <see cref="AccessScope"/> in SQL, as drafts do: a case is reached only through a unit in the scope. Writes
/// take no scope: the application checks the case's unit against the user before saving.
/// </summary>
public sealed partial class CaseRepository
{
    private const string SummaryColumns =
        "c.id, c.unit_id, c.number, c.applicant_name, c.applicant_kind, c.received, c.due, c.outcome, c.closed_on, c.assignee, c.version";

    private readonly StoreConnection _db;

    internal CaseRepository(StoreConnection db) => _db = db;

    /// <summary>Registers <paramref name="c"/> at version 1, when its unit is registered and its id and number are free.</summary>
    public CaseSave Insert(RequestCase c, DateOnly? due, string user)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(user);
        if (_db.Scalar<long>("SELECT COUNT(*) FROM units WHERE code = @unit", ("unit", c.UnitId)) == 0)
        {
            return new CaseSave(CaseSaveOutcome.NotFound, 0);
        }

        var now = UnixTime.Now;
        var inserted = _db.Execute(
            """
            INSERT INTO cases (id, unit_id, number, received, received_year, applicant_kind, applicant_name, channel, assignee,
                               outcome, closed_on, due, body, version, created_at, updated_at, created_by)
            VALUES (@id, @unit, @number, @received, @year, @kind, @name, @channel, @assignee,
                    @outcome, @closed, @due, @body, 1, @now, @now, @user)
            ON CONFLICT DO NOTHING
            """,
            [.. Columns(c, due), ("unit", c.UnitId), ("now", now), ("user", user)]);
        return inserted == 1 ? new CaseSave(CaseSaveOutcome.Saved, 1) : new CaseSave(CaseSaveOutcome.Conflict, 0);
    }

    /// <summary>
    /// Writes <paramref name="c"/> over the stored case if it is still at <paramref name="expectedVersion"/>; never
    /// overwrites a newer save. The unit of a case does not change.
    /// </summary>
    public CaseSave Update(RequestCase c, DateOnly? due, int expectedVersion, string user)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(user);
        var changed = _db.Execute(
            """
            UPDATE cases SET number = @number, received = @received, received_year = @year, applicant_kind = @kind,
                             applicant_name = @name, channel = @channel, assignee = @assignee, outcome = @outcome,
                             closed_on = @closed, due = @due, body = @body, version = version + 1, updated_at = @now
            WHERE id = @id AND unit_id = @unit AND version = @expected
            """,
            [.. Columns(c, due), ("unit", c.UnitId), ("now", UnixTime.Now), ("expected", expectedVersion)]);
        if (changed == 1)
        {
            return new CaseSave(CaseSaveOutcome.Saved, expectedVersion + 1);
        }

        var exists = _db.Scalar<long>("SELECT COUNT(*) FROM cases WHERE id = @id AND unit_id = @unit", ("id", c.Id), ("unit", c.UnitId)) > 0;
        return new CaseSave(exists ? CaseSaveOutcome.Conflict : CaseSaveOutcome.NotFound, 0);
    }

    /// <summary>The case <paramref name="id"/>, or <see langword="null"/> when there is none in <paramref name="scope"/>.</summary>
    /// <exception cref="CaseJsonException">The stored body cannot be read.</exception>
    public StoredCase? Get(string id, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("id", id) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"""
            SELECT c.body, c.due, c.version, c.created_by, c.created_at, c.updated_at
            FROM cases c JOIN units u ON u.code = c.unit_id WHERE c.id = @id AND {where}
            """,
            r => new StoredCase(CaseJson.Read(r.GetString(0)), r.Date(1), (int)r.Long(2), r.GetString(3), UnixTime.From(r.Long(4)), UnixTime.From(r.Long(5))),
            [.. parameters]).FirstOrDefault();
    }

    /// <summary>
    /// A page of the cases in <paramref name="scope"/> matching <paramref name="query"/>, the earliest due first (cases
    /// without a stored deadline last), then by receipt.
    /// </summary>
    public IReadOnlyList<StoredCaseSummary> List(CaseQuery query, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)>();
        var conditions = new List<string> { Scope(scope, parameters) };
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (query.UnitId is { } unit)
        {
            Add("c.unit_id = @unit", "unit", unit);
        }

        if (query.Assignee is { } assignee)
        {
            Add("c.assignee = @assignee", "assignee", assignee);
        }

        if (query.OpenOnly)
        {
            conditions.Add("c.closed_on IS NULL");
        }

        if (query.DueBefore is { } before)
        {
            Add("c.due < @dueBefore", "dueBefore", before);
        }

        if (query.DueAfter is { } after)
        {
            Add("c.due > @dueAfter", "dueAfter", after);
        }

        if (query.ReceivedYear is { } year)
        {
            Add("c.received_year = @year", "year", year);
        }

        // LIKE's wildcards are dropped from the text searched for (as ReportFilter does).
        if (query.Text?.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim() is { Length: > 0 } text)
        {
            Add("(c.number LIKE @text OR c.applicant_name LIKE @text)", "text", $"%{text}%");
        }

        var size = Math.Clamp(query.PageSize, 1, 500);
        parameters.Add(("limit", size));
        parameters.Add(("offset", (Math.Max(query.Page, 1) - 1) * size));
        return _db.Query(
            $"""
            SELECT {SummaryColumns} FROM cases c JOIN units u ON u.code = c.unit_id
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY CASE WHEN c.due IS NULL THEN 1 ELSE 0 END, c.due, c.received, c.id
            LIMIT @limit OFFSET @offset
            """,
            ReadSummary, [.. parameters]);
    }

    /// <summary>Per unit in <paramref name="scope"/> with open cases: how many are open, and how many are due before <paramref name="today"/>.</summary>
    public IReadOnlyList<CaseUnitLoad> OverdueByUnit(DateOnly today, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("today", today) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"""
            SELECT c.unit_id, COUNT(*), SUM(CASE WHEN c.due < @today THEN 1 ELSE 0 END)
            FROM cases c JOIN units u ON u.code = c.unit_id
            WHERE c.closed_on IS NULL AND c.received <= @today AND {where}
            GROUP BY c.unit_id ORDER BY c.unit_id
            """,
            r => new CaseUnitLoad(r.GetString(0), (int)r.Long(1), (int)r.Long(2)), [.. parameters]);
    }

    private static (string, object?)[] Columns(RequestCase c, DateOnly? due) =>
    [
        ("id", c.Id), ("number", c.Number), ("received", c.Received), ("year", c.Received.Year),
        ("kind", CaseJson.NameOf(c.Applicant.Kind)), ("name", c.Applicant.Name), ("channel", CaseJson.NameOf(c.Channel)),
        ("assignee", c.Assignee), ("outcome", c.Outcome is { } outcome ? CaseJson.NameOf(outcome) : null), ("closed", c.ClosedOn),
        ("due", due), ("body", CaseJson.Write(c)),
    ];

    // The scope's condition on the joined unit `u`; the public's scope reaches no case.
    private static string Scope(AccessScope scope, List<(string, object?)> parameters) =>
        scope.Kind == AccessKind.Public ? "1 = 0" : scope.ToSql(parameters) ?? "1 = 1";

    private static StoredCaseSummary ReadSummary(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), CaseJson.ValueOf<ApplicantKind>(r.GetString(4)),
        r.Date(5)!.Value, r.Date(6), r.String(7) is { } outcome ? CaseJson.ValueOf<CaseOutcome>(outcome) : null, r.Date(8), r.String(9),
        (int)r.Long(10));
}
