using Gongkai.Store.Accounts;

namespace Gongkai.Application.Activity;

/// <summary>The audit log entries asked for, newest first, or why they could not be read.</summary>
public sealed record ActivityResult
{
    /// <summary>The entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; init; } = [];

    /// <summary>Why the log could not be read, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
