namespace Gongkai.Core.Cases;

/// <summary>补正告知: the applicant is told once, with all points, what to supplement (条例 art. 30).</summary>
/// <param name="Date">The day the notice was issued (within 7 working days of receipt, art. 30).</param>
/// <param name="By">Who issued it.</param>
/// <param name="Items">Everything to supplement, in one notice.</param>
/// <param name="SupplementDue">The last day of the period the agency grants (the 条例 sets no number).</param>
public sealed record CorrectionRequested(DateOnly Date, string By, string Items, DateOnly SupplementDue) : CaseStep(Date, By);
