namespace Gongkai.Store.Accounts;

/// <summary>One line of the audit log: who did what, when, to which resource.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">The account's name, or <see langword="null"/> for an anonymous request.</param>
/// <param name="Action">What was done (a key of <c>AuditActions</c> in the application, e.g. <c>login</c>).</param>
/// <param name="Resource">What it was done to (<c>report:12</c>, <c>account:zhang</c>), or <see langword="null"/>.</param>
/// <param name="Detail">More about it, in Chinese, or <see langword="null"/>.</param>
/// <param name="Address">The client's address, or <see langword="null"/>.</param>
public sealed record AuditEntry(DateTimeOffset At, string? Actor, string Action, string? Resource, string? Detail, string? Address);
