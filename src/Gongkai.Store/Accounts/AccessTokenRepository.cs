using System.Data.Common;
using Gongkai.Store.Database;

namespace Gongkai.Store.Accounts;

/// <summary>The <c>access_tokens</c> table (migration 0004): personal access tokens for the API, kept as hashes.</summary>
public sealed class AccessTokenRepository
{
    private const string Columns = "id, account_id, name, prefix, created_at, expires_at, last_used_at, revoked_at";

    private readonly StoreConnection _db;

    internal AccessTokenRepository(StoreConnection db) => _db = db;

    /// <summary>Stores a new token of <paramref name="accountId"/> by its hash; returns its id.</summary>
    public long Create(long accountId, string name, string tokenHash, string prefix, DateTimeOffset? expiresAt) =>
        _db.Scalar<long>(
            """
            INSERT INTO access_tokens (account_id, name, token_hash, prefix, created_at, expires_at)
            VALUES (@a, @n, @h, @p, @t, @e) RETURNING id
            """,
            ("a", accountId), ("n", name), ("h", tokenHash), ("p", prefix), ("t", UnixTime.Now), ("e", UnixTime.Of(expiresAt)));

    /// <summary>The tokens of <paramref name="accountId"/>, newest first, revoked ones included.</summary>
    public IReadOnlyList<StoredAccessToken> Of(long accountId) =>
        _db.Query($"SELECT {Columns} FROM access_tokens WHERE account_id = @a ORDER BY created_at DESC, id DESC", Read, ("a", accountId));

    /// <summary>
    /// The token whose hash is <paramref name="tokenHash"/> if it is neither revoked nor expired; its last use is
    /// recorded. <see langword="null"/> otherwise.
    /// </summary>
    public StoredAccessToken? Use(string tokenHash)
    {
        var now = UnixTime.Now;
        var token = _db.Query(
            $"SELECT {Columns} FROM access_tokens WHERE token_hash = @h AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > @now)",
            Read, ("h", tokenHash), ("now", now)).FirstOrDefault();
        if (token is not null)
        {
            _db.Execute("UPDATE access_tokens SET last_used_at = @now WHERE id = @id", ("now", now), ("id", token.Id));
        }

        return token;
    }

    /// <summary>Revokes the token <paramref name="id"/> of <paramref name="accountId"/> (another account's token is left alone).</summary>
    /// <returns><see langword="false"/> when the account has no such active token.</returns>
    public bool Revoke(long id, long accountId) =>
        _db.Execute("UPDATE access_tokens SET revoked_at = @now WHERE id = @id AND account_id = @a AND revoked_at IS NULL",
            ("now", UnixTime.Now), ("id", id), ("a", accountId)) == 1;

    private static StoredAccessToken Read(DbDataReader r) => new(
        r.Long(0), r.Long(1), r.GetString(2), r.GetString(3), UnixTime.From(r.Long(4)),
        r.NullableLong(5) is { } e ? UnixTime.From(e) : null,
        r.NullableLong(6) is { } u ? UnixTime.From(u) : null,
        r.NullableLong(7) is { } x ? UnixTime.From(x) : null);
}
