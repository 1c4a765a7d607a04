namespace Gongkai.Store.Accounts;

/// <summary>A user of the web application as stored (the Identity adapters map it to and from Identity's calls).</summary>
public sealed record StoredAccount
{
    /// <summary>The row's id (0 before it is stored).</summary>
    public long Id { get; init; }

    /// <summary>The sign-in name as typed when created.</summary>
    public required string UserName { get; init; }

    /// <summary>The name Identity compares (its normaliser's output).</summary>
    public required string NormalizedName { get; init; }

    /// <summary>Identity's password hash (never the password).</summary>
    public string? PasswordHash { get; init; }

    /// <summary>Changes whenever the credentials change, which signs the user out everywhere.</summary>
    public string SecurityStamp { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>Changes on every write: a write based on an older read is refused.</summary>
    public string ConcurrencyStamp { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>What the account may see and do.</summary>
    public required AccountRole Role { get; init; }

    /// <summary>The region path of a 区域管理员, the unit code of a 填报单位, <see langword="null"/> for a 系统管理员.</summary>
    public string? Scope { get; init; }

    /// <summary>Whether failed sign-ins can lock the account.</summary>
    public bool LockoutEnabled { get; init; } = true;

    /// <summary>Until when the account is locked, or <see langword="null"/>.</summary>
    public DateTimeOffset? LockoutEnd { get; init; }

    /// <summary>Failed sign-ins since the last success.</summary>
    public int AccessFailedCount { get; init; }
}
