using System.Text.Json.Nodes;
using static Gongkai.Core.Cases.Json.CaseJsonValues;

namespace Gongkai.Core.Cases.Json;

/// <summary>The steps of a case in JSON: a <c>"step"</c> discriminator with stable English names, then the step's fields.</summary>
internal static class CaseJsonSteps
{
    public static JsonObject Write(CaseStep step)
    {
        var o = new JsonObject { ["step"] = StepName(step), ["date"] = Date(step.Date), ["by"] = step.By };
        switch (step)
        {
            case CorrectionRequested s:
                o["items"] = s.Items;
                o["supplementDue"] = Date(s.SupplementDue);
                break;
            case ConsultationStarted s:
                o["party"] = Name(s.Party);
                o["partyName"] = s.PartyName;
                break;
            case ConsultationAnswered s:
                o["party"] = Name(s.Party);
                break;
            case FeeNoticed s:
                o["mode"] = Name(s.Mode);
                o["quantity"] = s.Quantity;
                o["amountYuan"] = s.AmountYuan;
                break;
            case Extended s:
                o["workingDays"] = s.WorkingDays;
                o["approvedBy"] = s.ApprovedBy;
                o["reason"] = s.Reason;
                break;
            case Decided s:
                o["outcome"] = Name(s.Outcome);
                o["basis"] = s.Basis;
                o["reason"] = s.Reason;
                break;
            case Delivered s:
                o["method"] = s.Method;
                break;
            case Withdrawn s:
                o["reason"] = s.Reason;
                break;
            default:
                break;
        }

        return o;
    }

    public static CaseStep Read(JsonNode? node)
    {
        var o = Object(node, "步骤");
        var name = Text(o, "step");
        var date = ReadDate(o, "date");
        var by = Text(o, "by");
        return name switch
        {
            "correctionRequested" => new CorrectionRequested(date, by, Text(o, "items"), ReadDate(o, "supplementDue")),
            "correctionSupplied" => new CorrectionSupplied(date, by),
            "correctionLapsed" => new CorrectionLapsed(date, by),
            "consultationStarted" => new ConsultationStarted(date, by, Enum<ConsultationParty>(o, "party"), Text(o, "partyName")),
            "consultationAnswered" => new ConsultationAnswered(date, by, Enum<ConsultationParty>(o, "party")),
            "feeNoticed" => new FeeNoticed(date, by, Enum<FeeMode>(o, "mode"), Int(o, "quantity"), Decimal(o, "amountYuan")),
            "feePaid" => new FeePaid(date, by),
            "feeLapsed" => new FeeLapsed(date, by),
            "extended" => new Extended(date, by, Int(o, "workingDays"), Text(o, "approvedBy"), Text(o, "reason")),
            "decided" => new Decided(date, by, Enum<CaseOutcome>(o, "outcome"), Text(o, "basis"), OptionalText(o, "reason")),
            "delivered" => new Delivered(date, by, Text(o, "method")),
            "withdrawn" => new Withdrawn(date, by, OptionalText(o, "reason")),
            _ => throw new CaseJsonException($"案件数据格式有误：无法识别的办理步骤“{name}”。"),
        };
    }

    private static string StepName(CaseStep step) => step switch
    {
        CorrectionRequested => "correctionRequested",
        CorrectionSupplied => "correctionSupplied",
        CorrectionLapsed => "correctionLapsed",
        ConsultationStarted => "consultationStarted",
        ConsultationAnswered => "consultationAnswered",
        FeeNoticed => "feeNoticed",
        FeePaid => "feePaid",
        FeeLapsed => "feeLapsed",
        Extended => "extended",
        Decided => "decided",
        Delivered => "delivered",
        Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step.GetType().Name, "Unknown case step."),
    };
}
