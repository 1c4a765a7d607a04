namespace Gongkai.Core.Cases;

/// <summary>
/// The fee was not paid in time: the application is not processed further and closes as
/// <see cref="CaseOutcome.UnpaidFee"/> (the payment period is an assumption, docs/cases-model.md).
/// </summary>
/// <param name="Date">The day the lapse was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record FeeLapsed(DateOnly Date, string By) : CaseStep(Date, By);
