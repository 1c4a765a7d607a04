using Gongkai.Application.Cases;
using Gongkai.Core.Cases;

namespace Gongkai.Web.Api;

/// <summary>One case in the list of <c>/api/v1/cases</c>, with its deadline and the working days left while open.</summary>
internal sealed record CaseItem(
    string Id, string UnitId, string Number, string ApplicantName, string ApplicantKind, DateOnly Received, DateOnly? Due,
    int? WorkingDaysLeft, string? Outcome, DateOnly? ClosedOn)
{
    public static CaseItem From(CaseListRow row)
    {
        var r = row.Summary;
        return new(r.Id, r.UnitId, r.Number, r.ApplicantName, ApplicantKinds.Label(r.ApplicantKind), r.Received, r.Due,
            row.WorkingDaysLeft, r.Outcome is { } o ? CaseOutcomes.Label(o) : null, r.ClosedOn);
    }
}
