using Gongkai.Store.Accounts;

namespace Gongkai.Store.Tests.Accounts;

public sealed class AccountRepositoryTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Stores_an_account_refuses_a_taken_name_and_a_stale_update(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var account = new StoredAccount { UserName = "zhang", NormalizedName = "ZHANG", PasswordHash = "hash", Role = AccountRole.RegionAdministrator, Scope = "青禾省/青禾市" };

        var created = store.Accounts.Create(account)!;
        var duplicate = store.Accounts.Create(account with { UserName = "Zhang" });
        var locked = created with { AccessFailedCount = 5, LockoutEnd = DateTimeOffset.FromUnixTimeMilliseconds(1_900_000_000_000), ConcurrencyStamp = "next" };

        Assert.Null(duplicate);
        Assert.True(store.Accounts.Update(locked, created.ConcurrencyStamp));
        Assert.False(store.Accounts.Update(created, created.ConcurrencyStamp));
        Assert.Equal(locked, store.Accounts.FindByName("ZHANG"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Keeps_sessions_until_they_expire_or_end_and_the_audit_log_newest_first(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var id = store.Accounts.Create(new StoredAccount { UserName = "li", NormalizedName = "LI", Role = AccountRole.Unit, Scope = "QH-ZR" })!.Id;

        store.Sessions.Save("live", id, [1, 2, 3], DateTimeOffset.UtcNow.AddHours(1));
        store.Sessions.Save("old", id, [4], DateTimeOffset.UtcNow.AddHours(-1));
        store.Sessions.Save("live", id, [9], DateTimeOffset.UtcNow.AddHours(2));
        store.Audit.Write(new AuditEntry(DateTimeOffset.UtcNow.AddMinutes(-1), "li", "login", "account:li", null, "127.0.0.1"));
        store.Audit.Write(new AuditEntry(DateTimeOffset.UtcNow, "li", "logout", "account:li", null, "127.0.0.1"));

        Assert.Equal([9], store.Sessions.Find("live"));
        Assert.Null(store.Sessions.Find("old"));
        Assert.Equal(1, store.Sessions.CountFor(id));
        store.Sessions.Remove("live");
        Assert.Null(store.Sessions.Find("live"));
        Assert.Equal(["logout", "login"], store.Audit.Latest(10).Select(e => e.Action));
    }
}
