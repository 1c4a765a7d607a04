using Gongkai.Store.Database;

namespace Gongkai.Store.Accounts;

/// <summary>The <c>audit_log</c> table, written on sign-in, sign-out, uploads and account changes.</summary>
public sealed class AuditLog
{
    private readonly StoreConnection _db;

    internal AuditLog(StoreConnection db) => _db = db;

    /// <summary>Appends <paramref name="entry"/>.</summary>
    public void Write(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _db.Execute("INSERT INTO audit_log (at, actor, action, resource, detail, address) VALUES (@t, @a, @x, @r, @d, @ip)",
            ("t", UnixTime.Of(entry.At)), ("a", entry.Actor), ("x", entry.Action), ("r", entry.Resource), ("d", entry.Detail), ("ip", entry.Address));
    }

    /// <summary>The entries <paramref name="query"/> asks for, newest first.</summary>
    public IReadOnlyList<AuditEntry> Find(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Actor is { Length: > 0 } actor)
        {
            where.Add("actor = @a");
            parameters.Add(("a", actor));
        }

        if (query.Action is { Length: > 0 } action)
        {
            where.Add("action = @x");
            parameters.Add(("x", action));
        }

        if (query.From is { } from)
        {
            where.Add("at >= @from");
            parameters.Add(("from", UnixTime.Of(from)));
        }

        if (query.Until is { } until)
        {
            where.Add("at < @until");
            parameters.Add(("until", UnixTime.Of(until)));
        }

        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var limit = query.Limit is null ? "" : "LIMIT @n";
        if (query.Limit is { } count)
        {
            parameters.Add(("n", count));
        }

        return _db.Query($"SELECT at, actor, action, resource, detail, address FROM audit_log {filter} ORDER BY at DESC, id DESC {limit}", Read, [.. parameters]);
    }

    /// <summary>The names that appear as actors, for a filter's choices.</summary>
    public IReadOnlyList<string> Actors() =>
        _db.Query("SELECT DISTINCT actor FROM audit_log WHERE actor IS NOT NULL ORDER BY actor", r => r.GetString(0));

    /// <summary>The latest <paramref name="count"/> entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Latest(int count) => _db.Query(
        "SELECT at, actor, action, resource, detail, address FROM audit_log ORDER BY at DESC, id DESC LIMIT @n",
        Read,
        ("n", count));

    private static AuditEntry Read(System.Data.Common.DbDataReader r) =>
        new(UnixTime.From(r.Long(0)), r.String(1), r.GetString(2), r.String(3), r.String(4), r.String(5));
}
