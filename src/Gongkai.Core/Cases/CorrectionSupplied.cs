namespace Gongkai.Core.Cases;

/// <summary>The supplemented application was received; the answer period runs from this day (条例 art. 30).</summary>
/// <param name="Date">The day the supplement was received.</param>
/// <param name="By">Who recorded it.</param>
public sealed record CorrectionSupplied(DateOnly Date, string By) : CaseStep(Date, By);
