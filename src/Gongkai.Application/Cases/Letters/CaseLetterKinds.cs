using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Reporting.Letters;

namespace Gongkai.Application.Cases.Letters;

/// <summary>Which letter a step or an outcome calls for, and the name a letter kind is stored under.</summary>
public static class CaseLetterKinds
{
    /// <summary>
    /// The letter <paramref name="step"/> calls for: 补正告知书 (art. 30), 延期答复告知书 (art. 33), 征求第三方意见书 for a
    /// third party (art. 32), 收费通知书 (art. 42), the answer of a decision's outcome (art. 36); <see langword="null"/> for the others.
    /// </summary>
    public static LetterKind? ForStep(CaseStep step) => step switch
    {
        CorrectionRequested => LetterKind.CorrectionNotice,
        Extended => LetterKind.ExtensionNotice,
        ConsultationStarted { Party: ConsultationParty.ThirdParty } => LetterKind.ThirdPartyConsultation,
        FeeNoticed => LetterKind.FeeNotice,
        Decided decided => ForOutcome(decided.Outcome),
        _ => null,
    };

    /// <summary>The answer letter of <paramref name="outcome"/>, by its group of table 三.</summary>
    public static LetterKind ForOutcome(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Granted => LetterKind.AnswerGranted,
        CaseOutcome.PartiallyGranted => LetterKind.AnswerPartial,
        CaseOutcome.WithheldStateSecret or CaseOutcome.WithheldOtherLaw or CaseOutcome.WithheldSecurity or CaseOutcome.WithheldThirdParty
            or CaseOutcome.WithheldInternal or CaseOutcome.WithheldProcess or CaseOutcome.WithheldEnforcement or CaseOutcome.WithheldQuery
            => LetterKind.AnswerWithheld,
        CaseOutcome.UnavailableNotHeld or CaseOutcome.UnavailableNeedsCreation or CaseOutcome.UnavailableUnclear => LetterKind.AnswerUnavailable,
        CaseOutcome.RejectedPetition or CaseOutcome.RejectedDuplicate or CaseOutcome.RejectedPublication or CaseOutcome.RejectedExcessive
            or CaseOutcome.RejectedConfirmation => LetterKind.AnswerRejected,
        _ => LetterKind.AnswerOther,
    };

    /// <summary>The stable name a letter of <paramref name="kind"/> is stored under (<c>correctionNotice</c>).</summary>
    public static string StoredName(LetterKind kind) => CaseJson.NameOf(kind);

    /// <summary>The kind stored as <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static LetterKind? FromStoredName(string name) =>
        LetterKinds.All.Where(k => StoredName(k) == name).Select(k => (LetterKind?)k).FirstOrDefault();

    /// <summary>The kind whose title (<see cref="LetterKinds.Title"/>) or stored name is <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static LetterKind? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim();
        return LetterKinds.All.Where(k => LetterKinds.Title(k) == wanted || StoredName(k) == wanted).Select(k => (LetterKind?)k).FirstOrDefault();
    }
}
