namespace Gongkai.Core.Cases;

/// <summary>The decision (答复): exactly one table 三 outcome, with its legal basis; it closes the case.</summary>
/// <param name="Date">The day of the decision.</param>
/// <param name="By">Who decided.</param>
/// <param name="Outcome">The outcome; 区分处理 is <see cref="CaseOutcome.PartiallyGranted"/> only (条例 art. 37).</param>
/// <param name="Basis">The legal basis the letter cites (<see cref="CaseOutcomes.Basis"/> by default).</param>
/// <param name="Reason">The reason given to the applicant, when the outcome withholds or refuses.</param>
public sealed record Decided(DateOnly Date, string By, CaseOutcome Outcome, string Basis, string? Reason) : CaseStep(Date, By);
