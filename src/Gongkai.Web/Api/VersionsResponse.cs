namespace Gongkai.Web.Api;

/// <summary><c>GET /api/v1/reports/{id}/versions</c>: the report and its versions, oldest first.</summary>
internal sealed record VersionsResponse(long Id, string? Agency, int? Year, IReadOnlyList<VersionItem> Versions);
