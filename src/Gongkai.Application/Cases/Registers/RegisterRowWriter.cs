using Gongkai.Core.Cases;

namespace Gongkai.Application.Cases.Registers;

/// <summary>A case as a register row, one value per column of <see cref="RegisterColumns.All"/>: what <see cref="RegisterRowReader"/> reads back to the same case.</summary>
public static class RegisterRowWriter
{
    /// <summary>The row of <paramref name="c"/>; several consultations are listed in their columns separated by ；.</summary>
    public static object?[] Write(RequestCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var values = new Dictionary<RegisterField, object?>
        {
            [RegisterField.Number] = c.Number,
            [RegisterField.Arrived] = c.Arrived,
            [RegisterField.Confirmed] = c.Confirmed,
            [RegisterField.ApplicantKind] = ApplicantKinds.Label(c.Applicant.Kind),
            [RegisterField.ApplicantName] = c.Applicant.Name,
            [RegisterField.IdDocument] = c.Applicant.IdDocument,
            [RegisterField.Contact] = c.Applicant.Contact,
            [RegisterField.Address] = c.Applicant.Address,
            [RegisterField.Channel] = SubmissionChannels.Label(c.Channel),
            [RegisterField.Content] = c.Content,
            [RegisterField.ProvisionForm] = c.ProvisionForm,
            [RegisterField.Attachments] = c.Attachments.Count > 0 ? string.Join("；", c.Attachments) : null,
            [RegisterField.Assignee] = c.Assignee,
        };
        foreach (var step in c.Steps)
        {
            Step(step, values);
        }

        Consultations(c, values);
        if (c.Outcome is { } outcome && c.ClosingStep is not Withdrawn)
        {
            values[RegisterField.Outcome] = RegisterLabels.Outcome(outcome);
            values[RegisterField.Decided] = c.ClosingStep!.Date;
        }

        return [.. RegisterColumns.All.Select(column => values.GetValueOrDefault(column.Field) is string { Length: 0 } ? null : values.GetValueOrDefault(column.Field))];
    }

    private static void Step(CaseStep step, Dictionary<RegisterField, object?> values)
    {
        switch (step)
        {
            case CorrectionRequested s:
                values[RegisterField.CorrectionRequested] = s.Date;
                values[RegisterField.CorrectionItems] = s.Items;
                values[RegisterField.CorrectionDue] = s.SupplementDue;
                break;
            case CorrectionSupplied s:
                values[RegisterField.CorrectionSupplied] = s.Date;
                break;
            case Extended s:
                values[RegisterField.Extended] = s.Date;
                values[RegisterField.ExtensionDays] = s.WorkingDays;
                values[RegisterField.ExtensionApprover] = s.ApprovedBy;
                values[RegisterField.ExtensionReason] = s.Reason;
                break;
            case FeeNoticed s:
                values[RegisterField.FeeNoticed] = s.Date;
                values[RegisterField.FeeMode] = RegisterLabels.FeeMode(s.Mode);
                values[RegisterField.FeeQuantity] = s.Quantity;
                values[RegisterField.FeeAmount] = s.AmountYuan;
                break;
            case FeePaid s:
                values[RegisterField.FeePaid] = s.Date;
                break;
            case Decided s:
                values[RegisterField.Basis] = s.Basis;
                values[RegisterField.DecisionReason] = s.Reason;
                break;
            case Delivered s:
                values[RegisterField.Delivered] = s.Date;
                values[RegisterField.DeliveryMethod] = s.Method;
                break;
            case Withdrawn s:
                values[RegisterField.Withdrawn] = s.Date;
                values[RegisterField.WithdrawalReason] = s.Reason;
                break;
            default:
                break;
        }
    }

    // Each consultation with the answer that ended it (an answer ends the earliest open one of its party, as the clock
    // counts them), in the order they started.
    private static void Consultations(RequestCase c, Dictionary<RegisterField, object?> values)
    {
        var spans = new List<(ConsultationStarted Started, ConsultationAnswered? Answered)>();
        foreach (var step in c.Steps)
        {
            if (step is ConsultationStarted started)
            {
                spans.Add((started, null));
            }
            else if (step is ConsultationAnswered answered && spans.FindIndex(s => s.Answered is null && s.Started.Party == answered.Party) is var open and >= 0)
            {
                spans[open] = (spans[open].Started, answered);
            }
        }

        if (spans.Count == 0)
        {
            return;
        }

        values[RegisterField.ConsultationParty] = string.Join("；", spans.Select(s => RegisterLabels.Party(s.Started.Party)));
        values[RegisterField.ConsultationPartyName] = string.Join("；", spans.Select(s => s.Started.PartyName));
        values[RegisterField.ConsultationStarted] = string.Join("；", spans.Select(s => Day(s.Started.Date)));
        values[RegisterField.ConsultationAnswered] = spans.All(s => s.Answered is null) ? null : string.Join("；", spans.Select(s => s.Answered is { } a ? Day(a.Date) : ""));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
