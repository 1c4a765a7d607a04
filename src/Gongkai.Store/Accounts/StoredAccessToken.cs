namespace Gongkai.Store.Accounts;

/// <summary>A personal access token as its owner sees it (never the token itself, which is shown once when created).</summary>
/// <param name="Id">The row's id.</param>
/// <param name="AccountId">The owner.</param>
/// <param name="Name">What the owner called it (which program uses it).</param>
/// <param name="Prefix">The token's first characters, to recognise it.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="ExpiresAt">When it stops working, or <see langword="null"/> for never.</param>
/// <param name="LastUsedAt">When it was last accepted, or <see langword="null"/>.</param>
/// <param name="RevokedAt">When its owner revoked it, or <see langword="null"/>.</param>
public sealed record StoredAccessToken(
    long Id, long AccountId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the token is accepted at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
