namespace Gongkai.Core.Cases;

/// <summary>The applicant withdrew the application; it closes the case as <see cref="CaseOutcome.Other"/> (（六）3).</summary>
/// <param name="Date">The day of withdrawal.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="Reason">The reason given, if any.</param>
public sealed record Withdrawn(DateOnly Date, string By, string? Reason) : CaseStep(Date, By);
