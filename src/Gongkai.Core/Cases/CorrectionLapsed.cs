namespace Gongkai.Core.Cases;

/// <summary>
/// No supplement in time without good reason: the application is treated as abandoned (条例 art. 30) and closes as
/// <see cref="CaseOutcome.NoCorrection"/>.
/// </summary>
/// <param name="Date">The day the lapse was recorded (after the supplement period).</param>
/// <param name="By">Who recorded it.</param>
public sealed record CorrectionLapsed(DateOnly Date, string By) : CaseStep(Date, By);
