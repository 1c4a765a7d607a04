using Gongkai.Store.Drafts;

namespace Gongkai.Web.Api;

/// <summary>One draft in the list of <c>/api/v1/drafts</c>.</summary>
internal sealed record DraftItem(long Id, string UnitCode, string UnitName, int Year, int Revision, string UpdatedBy, DateTimeOffset UpdatedAt, long? SubmittedReportId, DateTimeOffset? SubmittedAt)
{
    public static DraftItem From(StoredDraft d) => new(d.Id, d.UnitCode, d.UnitName, d.Year, d.Revision, d.UpdatedBy, d.UpdatedAt, d.SubmittedReportId, d.SubmittedAt);
}
