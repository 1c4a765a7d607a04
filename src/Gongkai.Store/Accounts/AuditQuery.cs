namespace Gongkai.Store.Accounts;

/// <summary>Which audit log entries to read: each given criterion narrows the result.</summary>
public sealed record AuditQuery
{
    /// <summary>The account's name, exactly.</summary>
    public string? Actor { get; init; }

    /// <summary>The action key, exactly.</summary>
    public string? Action { get; init; }

    /// <summary>From this time on (inclusive, UTC).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Before this time (exclusive, UTC).</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>At most this many entries, newest first; <see langword="null"/> for all of them.</summary>
    public int? Limit { get; init; }
}
