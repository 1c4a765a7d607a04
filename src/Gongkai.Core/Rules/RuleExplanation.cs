namespace Gongkai.Core.Rules;

/// <summary>What a diagnostic code means for the people who fix or review a report.</summary>
/// <param name="Code">The diagnostic code (GKxxxx).</param>
/// <param name="Title">Its short name, as the rule catalogue's heading (tests/specs/rules.md).</param>
/// <param name="Explanation">What the rule checks and why, in Chinese.</param>
/// <param name="Statute">The provision or document the rule rests on, in Chinese.</param>
public sealed record RuleExplanation(string Code, string Title, string Explanation, string Statute);
