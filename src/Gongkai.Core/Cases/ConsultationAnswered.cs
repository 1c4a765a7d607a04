namespace Gongkai.Core.Cases;

/// <summary>
/// The consulted party answered, or its 15 working days ran out (art. 32: the agency decides; art. 34: silence is
/// consent); it ends the earliest open consultation of <paramref name="Party"/>'s kind.
/// </summary>
/// <param name="Date">The day of the answer (or of the end of the period).</param>
/// <param name="By">Who recorded it.</param>
/// <param name="Party">Which kind of consultation ends.</param>
public sealed record ConsultationAnswered(DateOnly Date, string By, ConsultationParty Party) : CaseStep(Date, By);
