using System.Text.Json;
using Gongkai.Application.Drafting;
using Gongkai.Core.Serialization;
using Gongkai.Reporting.Layout;

namespace Gongkai.Web.Api;

/// <summary>
/// A draft in <c>/api/v1/drafts</c>: who and when, the report as canonical JSON with its sections, the findings, the totals
/// as computed (path → printed value, empty when not all parts are filled) and the problems of the input itself.
/// </summary>
internal sealed record DraftResponse(
    long Id, string UnitCode, string UnitName, int Year, int Revision, string UpdatedBy, DateTimeOffset UpdatedAt, long? SubmittedReportId,
    JsonElement Report, IReadOnlyList<DraftFinding> Findings, IReadOnlyDictionary<string, string> Totals, IReadOnlyList<string> Problems)
{
    public static DraftResponse From(DraftView draft)
    {
        var s = draft.Stored;
        using var json = JsonDocument.Parse(ReportJsonWriter.Write(draft.Report, null, ReportJsonOptions.Authoring));
        var totals = draft.Totals.ToDictionary(
            t => t.Total.Path,
            t => CellText.Of(draft.Report.Table(t.Total.Table)?.CellAt(t.Total.Row!, t.Total.Column!)),
            StringComparer.Ordinal);
        return new DraftResponse(s.Id, s.UnitCode, s.UnitName, s.Year, s.Revision, s.UpdatedBy, s.UpdatedAt, s.SubmittedReportId,
            json.RootElement.Clone(), [.. draft.Findings.Select(DraftFinding.From)], totals, draft.InputProblems);
    }
}
