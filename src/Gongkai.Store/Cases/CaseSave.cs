namespace Gongkai.Store.Cases;

/// <summary>The result of saving a case.</summary>
/// <param name="Outcome">Saved, or why nothing was written.</param>
/// <param name="Version">The saved version when <see cref="CaseSaveOutcome.Saved"/>, otherwise 0.</param>
public sealed record CaseSave(CaseSaveOutcome Outcome, int Version);
