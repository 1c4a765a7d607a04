using Gongkai.Store.Accounts;

namespace Gongkai.Web.Identity;

/// <summary>A user as Identity handles it: the stored account, changed in place by Identity's calls until it is saved.</summary>
public sealed class GongkaiUser
{
    public long Id { get; set; }

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The stamp the row had when read: an update is refused if it changed since.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public AccountRole Role { get; set; } = AccountRole.Unit;

    /// <summary>The region path (区域管理员) or unit code (填报单位).</summary>
    public string? Scope { get; set; }

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    internal static GongkaiUser From(StoredAccount a) => new()
    {
        Id = a.Id,
        UserName = a.UserName,
        NormalizedUserName = a.NormalizedName,
        PasswordHash = a.PasswordHash,
        SecurityStamp = a.SecurityStamp,
        ConcurrencyStamp = a.ConcurrencyStamp,
        Role = a.Role,
        Scope = a.Scope,
        LockoutEnabled = a.LockoutEnabled,
        LockoutEnd = a.LockoutEnd,
        AccessFailedCount = a.AccessFailedCount,
    };

    internal StoredAccount ToStored(string concurrencyStamp) => new()
    {
        Id = Id,
        UserName = UserName,
        NormalizedName = NormalizedUserName,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp,
        ConcurrencyStamp = concurrencyStamp,
        Role = Role,
        Scope = Scope,
        LockoutEnabled = LockoutEnabled,
        LockoutEnd = LockoutEnd,
        AccessFailedCount = AccessFailedCount,
    };
}
