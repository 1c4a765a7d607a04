using Gongkai.Store;

namespace Gongkai.Web.Api;

/// <summary>One report in <c>GET /api/v1/reports</c>.</summary>
internal sealed record ReportListItem(
    long Id, string? Agency, int? Year, string? UnitCode, string? UnitName, string? Region, string? Level,
    int Version, string? Template, int Errors, int Warnings, string Status, bool Published, DateTimeOffset? PublishedAt)
{
    public static ReportListItem From(StoredReport r) => new(
        r.ReportId, r.Agency, r.Year, r.UnitCode, r.UnitName, r.Region, r.Level, r.Version, r.Template, r.Errors, r.Warnings,
        ReportStatusNames.Chinese(r), r.IsPublished, r.PublishedAt);
}
