using System.Globalization;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using Gongkai.Reporting.Letters;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Letters;

/// <summary>The values of <see cref="LetterFields"/> a case, its steps and its unit's profile give a letter.</summary>
internal static class CaseLetterFields
{
    /// <summary>
    /// The values for a letter on <paramref name="c"/> signed on <paramref name="signedOn"/>; a value the case does not
    /// have is absent (the caller keeps the placeholder visible). Dates as the agency prints them (2024年10月8日).
    /// </summary>
    public static Dictionary<string, string> For(
        RequestCase c, string agencyName, CaseProfile profile, CaseClockContext clock, DateOnly signedOn, DateOnly today)
    {
        var deadline = CaseDue.Explain(c, clock, today);

        // 答复期限 is the period of art. 33 ¶1; after an extension the extension notice prints it as the original due
        // date and 延期后答复期限 as the new one.
        var unextended = c.Steps.Any(s => s is Extended) ? CaseDue.Explain(c with { Steps = [.. c.Steps.Where(s => s is not Extended)] }, clock, today) : deadline;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        Set(LetterFields.Agency, profile.AgencyName ?? agencyName);
        Set(LetterFields.Applicant, c.Applicant.Name);
        Set(LetterFields.ApplicantId, c.Applicant.IdDocument);
        Set(LetterFields.Contact, c.Applicant.Contact);
        Set(LetterFields.Address, c.Applicant.Address);
        Set(LetterFields.ReceivedOn, Date(c.Received));
        Set(LetterFields.ApplicationNumber, c.Number);
        Set(LetterFields.Content, c.Content);
        Set(LetterFields.FormOfProvision, c.ProvisionForm);
        Set(LetterFields.AnswerDue, Date(unextended.Due));
        Set(LetterFields.ReconsiderationBody, profile.ReconsiderationBody);
        Set(LetterFields.Court, profile.Court);
        Set(LetterFields.Handler, c.Assignee ?? profile.Handler);
        Set(LetterFields.Telephone, profile.Telephone);
        Set(LetterFields.SignedOn, Date(signedOn));

        if (c.Steps.OfType<CorrectionRequested>().FirstOrDefault() is { } correction)
        {
            Set(LetterFields.CorrectionPoints, correction.Items);
            Set(LetterFields.CorrectionDue, Date(correction.SupplementDue));
        }

        if (c.Steps.OfType<Extended>().FirstOrDefault() is { } extension)
        {
            Set(LetterFields.ExtensionDays, extension.WorkingDays.ToString(CultureInfo.InvariantCulture));
            Set(LetterFields.ExtendedDue, Date(deadline.Due));
            Set(LetterFields.ExtensionReason, extension.Reason);
            Set(LetterFields.Approver, extension.ApprovedBy);
        }

        if (c.Steps.OfType<ConsultationStarted>().LastOrDefault(s => s.Party == ConsultationParty.ThirdParty) is { } consultation)
        {
            Set(LetterFields.ThirdParty, consultation.PartyName);
            Set(LetterFields.ConsultationSubject, c.Content);
            // 条例 art. 32: 15 working days from receipt of the letter; counted here from the day it was sent.
            Set(LetterFields.ConsultationDue, Date(WorkingDays.Add(consultation.Date, clock.Settings.ConsultationWorkingDays, clock.Calendar, settings: clock.Settings)));
        }

        if (c.Steps.OfType<FeeNoticed>().FirstOrDefault() is { } fee)
        {
            Set(LetterFields.FeeMethod, fee.Mode == FeeMode.PerItem ? "按件计收" : "按量计收");
            Set(LetterFields.FeeQuantity, fee.Quantity.ToString(CultureInfo.InvariantCulture) + (fee.Mode == FeeMode.PerItem ? "件" : "页"));
            Set(LetterFields.FeeAmount, fee.AmountYuan.ToString("0.##", CultureInfo.InvariantCulture));
            // ASSUMPTION (docs/cases.md §4): the payment period is a setting, counted from the notice.
            Set(LetterFields.PaymentDue, Date(WorkingDays.Add(fee.Date, clock.Settings.FeePaymentWorkingDays, clock.Calendar, settings: clock.Settings)));
        }

        if (c.Steps.OfType<Decided>().FirstOrDefault() is { } decided)
        {
            Set(LetterFields.Outcome, CaseOutcomes.Label(decided.Outcome));
            Set(LetterFields.LegalBasis, decided.Basis);
            Set(LetterFields.Reason, decided.Reason);
        }
        else if (c.ClosingStep is { } closing && c.Outcome is { } outcome)
        {
            Set(LetterFields.Outcome, CaseOutcomes.Label(outcome));
            Set(LetterFields.LegalBasis, CaseOutcomes.Basis(outcome));
            Set(LetterFields.Reason, (closing as Withdrawn)?.Reason);
        }

        return values;
    }

    /// <summary>A date as letters print it: 2024年10月8日.</summary>
    public static string Date(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");
}
