namespace Gongkai.Core.Cases;

/// <summary>An administrative reconsideration or lawsuit about a case's disclosure decision (table 四).</summary>
/// <param name="Id">The appeal's identifier.</param>
/// <param name="CaseId">The case it is about.</param>
/// <param name="Kind">Reconsideration, or litigation direct or after reconsideration.</param>
/// <param name="Filed">The day it was filed.</param>
/// <param name="Result">Its result, <see cref="AppealResult.Pending"/> while undecided.</param>
/// <param name="Decided">The day of the decision or judgment, when decided.</param>
public sealed record CaseAppeal(string Id, string CaseId, AppealKind Kind, DateOnly Filed, AppealResult Result, DateOnly? Decided);
