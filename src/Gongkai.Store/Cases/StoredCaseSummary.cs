using Gongkai.Core.Cases;

namespace Gongkai.Store.Cases;

/// <summary>A row of a case list, read from the columns only (no body).</summary>
/// <param name="Id">The case's id.</param>
/// <param name="UnitId">The unit handling it.</param>
/// <param name="Number">Its registry number.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ApplicantKind">The applicant's kind.</param>
/// <param name="Received">Its receipt date.</param>
/// <param name="Due">The stored answer deadline, if any.</param>
/// <param name="Outcome">How it ended, or <see langword="null"/> while open.</param>
/// <param name="ClosedOn">The day it closed, or <see langword="null"/> while open.</param>
/// <param name="Assignee">Who handles it.</param>
/// <param name="Version">Its version.</param>
public sealed record StoredCaseSummary(
    string Id,
    string UnitId,
    string Number,
    string ApplicantName,
    ApplicantKind ApplicantKind,
    DateOnly Received,
    DateOnly? Due,
    CaseOutcome? Outcome,
    DateOnly? ClosedOn,
    string? Assignee,
    int Version);
