using Gongkai.Core.Cases;

namespace Gongkai.Store.Cases;

/// <summary>
/// The counts of table 三 for one unit and year, counted in SQL as <see cref="CaseTables.Build"/> counts them: a case
/// received in the year is new; received before and open at the end of the year before, carried over; each of those
/// closed by 31 December counts under its outcome, every other one is open on 31 December.
/// </summary>
/// <param name="NewReceived">本年新收, by applicant kind.</param>
/// <param name="CarriedOver">上年结转, by applicant kind.</param>
/// <param name="Closed">Closed in the year, by outcome and applicant kind.</param>
/// <param name="OpenAtYearEnd">结转下年度继续办理, by applicant kind.</param>
public sealed record CaseTallies(
    IReadOnlyDictionary<ApplicantKind, int> NewReceived,
    IReadOnlyDictionary<ApplicantKind, int> CarriedOver,
    IReadOnlyDictionary<(CaseOutcome Outcome, ApplicantKind Kind), int> Closed,
    IReadOnlyDictionary<ApplicantKind, int> OpenAtYearEnd);
