using Gongkai.Store.Accounts;

namespace Gongkai.Store;

/// <summary>The web application's accounts, keys, sessions and audit log, kept in the store (migrations 0003, 0004).</summary>
public sealed partial class ReportStore
{
    /// <summary>The users.</summary>
    public AccountRepository Accounts => new(_db);

    /// <summary>The data-protection key ring.</summary>
    public ProtectionKeyRepository ProtectionKeys => new(_db);

    /// <summary>The sign-in sessions.</summary>
    public SessionRepository Sessions => new(_db);

    /// <summary>The personal access tokens of the API.</summary>
    public AccessTokenRepository AccessTokens => new(_db);

    /// <summary>The audit log.</summary>
    public AuditLog Audit => new(_db);
}
