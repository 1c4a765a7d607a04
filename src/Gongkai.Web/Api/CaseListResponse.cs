namespace Gongkai.Web.Api;

/// <summary>The answer of <c>GET /api/v1/cases</c>: the page asked for, and whether more follow.</summary>
internal sealed record CaseListResponse(int Page, bool HasMore, IReadOnlyList<CaseItem> Items);
