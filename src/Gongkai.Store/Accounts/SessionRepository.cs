using Gongkai.Store.Database;

namespace Gongkai.Store.Accounts;

/// <summary>The <c>sessions</c> table: sign-in tickets kept on the server, so any instance can continue a session.</summary>
public sealed class SessionRepository
{
    private readonly StoreConnection _db;

    internal SessionRepository(StoreConnection db) => _db = db;

    /// <summary>Stores or replaces the ticket under <paramref name="key"/>; expired sessions are removed on the way.</summary>
    public void Save(string key, long? accountId, byte[] ticket, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        _db.Execute("DELETE FROM sessions WHERE expires_at < @now", ("now", UnixTime.Now));
        _db.Execute(
            """
            INSERT INTO sessions (key, account_id, ticket, expires_at) VALUES (@k, @a, @b, @e)
            ON CONFLICT (key) DO UPDATE SET account_id = excluded.account_id, ticket = excluded.ticket, expires_at = excluded.expires_at
            """,
            ("k", key), ("a", accountId), ("b", ticket), ("e", UnixTime.Of(expiresAt)));
    }

    /// <summary>The ticket under <paramref name="key"/>, or <see langword="null"/> when there is none or it expired.</summary>
    public byte[]? Find(string key) =>
        _db.Scalar<byte[]>("SELECT ticket FROM sessions WHERE key = @k AND (expires_at IS NULL OR expires_at >= @now)", ("k", key), ("now", UnixTime.Now));

    /// <summary>Ends the session under <paramref name="key"/>.</summary>
    public void Remove(string key) => _db.Execute("DELETE FROM sessions WHERE key = @k", ("k", key));

    /// <summary>Ends every session of the account (it was disabled or its password was reset).</summary>
    public int RemoveFor(long accountId) => _db.Execute("DELETE FROM sessions WHERE account_id = @a", ("a", accountId));

    /// <summary>How many sessions the account has open (not expired).</summary>
    public int CountFor(long accountId) =>
        (int)_db.Scalar<long>("SELECT COUNT(*) FROM sessions WHERE account_id = @a AND (expires_at IS NULL OR expires_at >= @now)", ("a", accountId), ("now", UnixTime.Now));
}
