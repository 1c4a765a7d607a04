using Gongkai.Store.Database;

namespace Gongkai.Store.Accounts;

/// <summary>The <c>protection_keys</c> table: the data-protection key ring every instance of the application shares.</summary>
public sealed class ProtectionKeyRepository
{
    private readonly StoreConnection _db;

    internal ProtectionKeyRepository(StoreConnection db) => _db = db;

    /// <summary>Every key's XML, oldest first.</summary>
    public IReadOnlyList<string> All() => _db.Query("SELECT xml FROM protection_keys ORDER BY created_at, name", r => r.GetString(0));

    /// <summary>Adds a key (a key already stored under <paramref name="name"/> is kept: keys never change).</summary>
    public void Add(string name, string xml) =>
        _db.Execute("INSERT INTO protection_keys (name, xml, created_at) VALUES (@n, @x, @t) ON CONFLICT DO NOTHING", ("n", name), ("x", xml), ("t", UnixTime.Now));
}
