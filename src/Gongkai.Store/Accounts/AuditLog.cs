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

    /// <summary>The latest <paramref name="count"/> entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Latest(int count) => _db.Query(
        "SELECT at, actor, action, resource, detail, address FROM audit_log ORDER BY at DESC, id DESC LIMIT @n",
        r => new AuditEntry(UnixTime.From(r.Long(0)), r.String(1), r.GetString(2), r.String(3), r.String(4), r.String(5)),
        ("n", count));
}
