using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>A row of a case list, from the stored columns (no body read).</summary>
/// <param name="Summary">The stored columns: number, applicant, dates, outcome, assignee, version.</param>
/// <param name="WorkingDaysLeft">Working days from today to the stored deadline (negative once overdue; pauses not known here); <see langword="null"/> for a closed case or one without a deadline.</param>
/// <param name="Overdue">Whether it is open and past its deadline.</param>
public sealed record CaseListRow(StoredCaseSummary Summary, int? WorkingDaysLeft, bool Overdue);
