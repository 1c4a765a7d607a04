namespace Gongkai.Web.Api;

/// <summary>The body of <c>GET /api/v1/reports</c>: one page and the listing's total.</summary>
internal sealed record ReportListResponse(long Total, int Page, int PageSize, IReadOnlyList<ReportListItem> Items);
