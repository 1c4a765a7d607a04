using Gongkai.Store.Accounts;

namespace Gongkai.Application.Activity;

/// <summary>Which entries of the audit log (操作日志) to read.</summary>
public sealed record ActivityOptions
{
    /// <summary>The criteria; an empty query reads everything.</summary>
    public AuditQuery Query { get; init; } = new();
}
