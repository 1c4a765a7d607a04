namespace Gongkai.Core.Cases;

/// <summary>The applicant paid the fee of the notice.</summary>
/// <param name="Date">The day of payment.</param>
/// <param name="By">Who recorded it.</param>
public sealed record FeePaid(DateOnly Date, string By) : CaseStep(Date, By);
