using System.Data.Common;
using Gongkai.Store.Database;

namespace Gongkai.Store.Accounts;

/// <summary>The <c>accounts</c> table: users of the web application with their role, scope and lockout state.</summary>
public sealed class AccountRepository
{
    private const string Columns = "id, user_name, normalized_name, password_hash, security_stamp, concurrency_stamp, role, scope, lockout_enabled, lockout_end, access_failed";

    private readonly StoreConnection _db;

    internal AccountRepository(StoreConnection db) => _db = db;

    /// <summary>The account with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public StoredAccount? Find(long id) =>
        _db.Query($"SELECT {Columns} FROM accounts WHERE id = @id", Read, ("id", id)).FirstOrDefault();

    /// <summary>The account whose normalised name is <paramref name="normalizedName"/>, or <see langword="null"/>.</summary>
    public StoredAccount? FindByName(string normalizedName) =>
        _db.Query($"SELECT {Columns} FROM accounts WHERE normalized_name = @n", Read, ("n", normalizedName)).FirstOrDefault();

    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<StoredAccount> All() =>
        _db.Query($"SELECT {Columns} FROM accounts ORDER BY normalized_name", Read);

    /// <summary>Stores a new account; returns it with its id.</summary>
    /// <returns><see langword="null"/> when the name is taken.</returns>
    public StoredAccount? Create(StoredAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var id = _db.Scalar<long?>(
            """
            INSERT INTO accounts (user_name, normalized_name, password_hash, security_stamp, concurrency_stamp, role, scope, lockout_enabled, lockout_end, access_failed, created_at)
            VALUES (@u, @n, @p, @s, @c, @r, @sc, @le, @end, @f, @t)
            ON CONFLICT (normalized_name) DO NOTHING RETURNING id
            """,
            [.. Parameters(account), ("t", UnixTime.Now)]);
        return id is { } stored ? account with { Id = stored } : null;
    }

    /// <summary>Writes <paramref name="account"/> over its row if the row still has <paramref name="expectedConcurrencyStamp"/>.</summary>
    /// <returns><see langword="false"/> when the row changed since it was read (or is gone).</returns>
    public bool Update(StoredAccount account, string expectedConcurrencyStamp)
    {
        ArgumentNullException.ThrowIfNull(account);
        return _db.Execute(
            """
            UPDATE accounts SET user_name = @u, normalized_name = @n, password_hash = @p, security_stamp = @s, concurrency_stamp = @c,
                role = @r, scope = @sc, lockout_enabled = @le, lockout_end = @end, access_failed = @f
            WHERE id = @id AND concurrency_stamp = @expected
            """,
            [.. Parameters(account), ("id", account.Id), ("expected", expectedConcurrencyStamp)]) == 1;
    }

    /// <summary>Deletes the account (its sessions go with it).</summary>
    public bool Delete(long id) => _db.Execute("DELETE FROM accounts WHERE id = @id", ("id", id)) == 1;

    private static (string, object?)[] Parameters(StoredAccount a) =>
    [
        ("u", a.UserName), ("n", a.NormalizedName), ("p", a.PasswordHash), ("s", a.SecurityStamp), ("c", a.ConcurrencyStamp),
        ("r", a.Role.Key()), ("sc", a.Scope), ("le", a.LockoutEnabled), ("end", UnixTime.Of(a.LockoutEnd)), ("f", a.AccessFailedCount),
    ];

    private static StoredAccount Read(DbDataReader r) => new()
    {
        Id = r.Long(0),
        UserName = r.GetString(1),
        NormalizedName = r.GetString(2),
        PasswordHash = r.String(3),
        SecurityStamp = r.GetString(4),
        ConcurrencyStamp = r.GetString(5),
        Role = AccountRoles.FromKey(r.GetString(6)),
        Scope = r.String(7),
        LockoutEnabled = r.Bool(8),
        LockoutEnd = r.NullableLong(9) is { } end ? UnixTime.From(end) : null,
        AccessFailedCount = (int)r.Long(10),
    };
}
