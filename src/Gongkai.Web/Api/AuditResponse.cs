namespace Gongkai.Web.Api;

/// <summary>The body of <c>GET /api/v1/audits</c>: the audit's counts and its findings with their reviews.</summary>
internal sealed record AuditResponse(string? Region, int Year, int Reports, int Registered, IReadOnlyList<string> Missing, int Open, IReadOnlyList<FindingItem> Findings);
