using System.Text.Json.Nodes;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Letters;
using Gongkai.Core.Cases.Json;
using Gongkai.Reporting.Letters;

namespace Gongkai.Web.Api;

/// <summary>
/// One case through <c>/api/v1/cases/{id}</c>: the case itself as the case JSON of the store and CLI (CaseJson, steps
/// included), the answer deadline with its explanation, the letters, the appeals and the steps allowed next.
/// </summary>
internal sealed record CaseResponse(
    JsonNode Case, int Version, string UnitName, DateOnly Due, int? WorkingDaysLeft, bool Overdue, string ReceiptRule, string? Outcome,
    CaseDeadlineItem Deadline, IReadOnlyList<CaseLetterItem> Letters, IReadOnlyList<JsonNode> Appeals, IReadOnlyList<string> NextSteps, bool CanWrite)
{
    public static CaseResponse From(CaseView v) => new(
        JsonNode.Parse(CaseJson.Write(v.Case))!,
        v.Version,
        v.UnitName,
        v.Due,
        v.Case.ClosedOn is null ? v.WorkingDaysLeft : null,
        v.Overdue,
        v.ReceiptRule,
        v.OutcomeLabel,
        CaseDeadlineItem.From(v.Deadline),
        [.. v.Letters.Select(l => new CaseLetterItem(l.Id, l.Kind, CaseLetterKinds.FromStoredName(l.Kind) is { } k ? LetterKinds.Title(k) : l.Kind, l.FileName, l.CreatedAt, l.CreatedBy))],
        [.. v.Appeals.Select(a => JsonNode.Parse(CaseJson.Write(a))!)],
        [.. v.NextSteps.Select(s => s.Kind.ToString())],
        v.CanWrite);
}
