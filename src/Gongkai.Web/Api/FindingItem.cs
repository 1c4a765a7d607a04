using Gongkai.Application.Reviewing;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Api;

/// <summary>One finding in <c>/api/v1/reports/{id}/findings</c> and <c>/api/v1/audits</c>: the rule's explanation and the review with it.</summary>
internal sealed record FindingItem(
    string Key, string? UnitCode, string? Agency, int Year, string Code, string Severity, string Cells, string Message, string Source,
    string? RuleTitle, string? Explanation, string? Statute, string Status, string? Assignee, string? Note, string? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    public static FindingItem From(ReviewedFinding f) => new(
        f.Key, f.Finding.UnitCode, f.Finding.Agency, f.Finding.Year, f.Finding.Code, SeverityNames.Chinese(f.Finding.Severity), f.Finding.Cells,
        f.Finding.Message, ReviewNames.Source(f.Finding.Source), f.Rule?.Title, f.Rule?.Explanation, f.Rule?.Statute, ReviewNames.Chinese(f.Status),
        f.Review?.Assignee, f.Review?.Note, f.Review?.UpdatedBy, f.Review?.UpdatedAt);
}
