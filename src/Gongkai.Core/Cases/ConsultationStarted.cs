namespace Gongkai.Core.Cases;

/// <summary>A consultation letter was sent; the time until the answer is not counted in the answer period (条例 art. 32, 34).</summary>
/// <param name="Date">The day the letter was sent.</param>
/// <param name="By">Who sent it.</param>
/// <param name="Party">A third party or another agency.</param>
/// <param name="PartyName">Whom the letter was sent to.</param>
public sealed record ConsultationStarted(DateOnly Date, string By, ConsultationParty Party, string PartyName) : CaseStep(Date, By);
