using System.Text.Json;
using System.Text.Json.Nodes;
using static Gongkai.Core.Cases.Json.CaseJsonValues;

namespace Gongkai.Core.Cases.Json;

/// <summary>
/// A case and an appeal as the JSON the store keeps (docs/store.md, "Cases"): dates as YYYY-MM-DD, enums as camelCase
/// names, every step with a <c>"step"</c> discriminator. Reading checks the shape only; the workflow's rules are checked
/// when steps are applied (<see cref="CaseWorkflow"/>).
/// </summary>
public static class CaseJson
{
    /// <summary>The JSON of <paramref name="c"/>.</summary>
    public static string Write(RequestCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var o = new JsonObject
        {
            ["id"] = c.Id,
            ["unitId"] = c.UnitId,
            ["number"] = c.Number,
            ["applicant"] = new JsonObject
            {
                ["kind"] = Name(c.Applicant.Kind),
                ["name"] = c.Applicant.Name,
                ["idDocument"] = c.Applicant.IdDocument,
                ["contact"] = c.Applicant.Contact,
                ["address"] = c.Applicant.Address,
            },
            ["channel"] = Name(c.Channel),
            ["arrived"] = Date(c.Arrived),
            ["confirmed"] = Date(c.Confirmed),
            ["received"] = Date(c.Received),
            ["content"] = c.Content,
            ["provisionForm"] = c.ProvisionForm,
            ["attachments"] = new JsonArray([.. c.Attachments.Select(a => (JsonNode?)JsonValue.Create(a))]),
            ["assignee"] = c.Assignee,
            ["steps"] = new JsonArray([.. c.Steps.Select(s => (JsonNode?)CaseJsonSteps.Write(s))]),
        };
        return o.ToJsonString();
    }

    /// <summary>The case in <paramref name="json"/>.</summary>
    /// <exception cref="CaseJsonException">The JSON is malformed, lacks a field or names an unknown step or value.</exception>
    public static RequestCase Read(string json)
    {
        var o = Parse(json, "案件");
        var applicant = Object(o["applicant"], "申请人");
        return new RequestCase
        {
            Id = Text(o, "id"),
            UnitId = Text(o, "unitId"),
            Number = Text(o, "number"),
            Applicant = new Applicant(
                Enum<ApplicantKind>(applicant, "kind"), Text(applicant, "name"), OptionalText(applicant, "idDocument"),
                OptionalText(applicant, "contact"), OptionalText(applicant, "address")),
            Channel = Enum<SubmissionChannel>(o, "channel"),
            Arrived = ReadDate(o, "arrived"),
            Confirmed = OptionalDate(o, "confirmed"),
            Received = ReadDate(o, "received"),
            Content = Text(o, "content"),
            ProvisionForm = OptionalText(o, "provisionForm"),
            Attachments = [.. Array(o, "attachments").Select(AttachmentName)],
            Assignee = OptionalText(o, "assignee"),
            Steps = [.. Array(o, "steps").Select(CaseJsonSteps.Read)],
        };
    }

    /// <summary>The JSON of <paramref name="appeal"/>.</summary>
    public static string Write(CaseAppeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return new JsonObject
        {
            ["id"] = appeal.Id,
            ["caseId"] = appeal.CaseId,
            ["kind"] = Name(appeal.Kind),
            ["filed"] = Date(appeal.Filed),
            ["result"] = Name(appeal.Result),
            ["decided"] = Date(appeal.Decided),
        }.ToJsonString();
    }

    /// <summary>The appeal in <paramref name="json"/>.</summary>
    /// <exception cref="CaseJsonException">The JSON is malformed, lacks a field or names an unknown value.</exception>
    public static CaseAppeal ReadAppeal(string json)
    {
        var o = Parse(json, "复议诉讼");
        return new CaseAppeal(
            Text(o, "id"), Text(o, "caseId"), Enum<AppealKind>(o, "kind"), ReadDate(o, "filed"), Enum<AppealResult>(o, "result"),
            OptionalDate(o, "decided"));
    }

    /// <summary>The stable camelCase name of <paramref name="value"/>, as the JSON and the store's columns keep it.</summary>
    public static string NameOf<T>(T value)
        where T : struct, Enum => Name(value);

    /// <summary>The value named <paramref name="name"/> by <see cref="NameOf{T}(T)"/>.</summary>
    /// <exception cref="CaseJsonException">No value has that name.</exception>
    public static T ValueOf<T>(string name)
        where T : struct, Enum => CaseJsonValues.Enum<T>(new JsonObject { ["value"] = name }, "value");

    private static JsonObject Parse(string json, string what)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Object(JsonNode.Parse(json), what);
        }
        catch (JsonException ex)
        {
            throw new CaseJsonException($"{what}数据不是有效的 JSON。", ex);
        }
    }

    private static string AttachmentName(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var name) ? name : throw new CaseJsonException("案件数据格式有误：附件名称应为文字。");
}
