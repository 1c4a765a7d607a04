namespace Gongkai.Application.Cases.Reminders;

/// <summary>An open case due soon or overdue, with its line for the reminder list and e-mail.</summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="UnitId">Its unit.</param>
/// <param name="Number">Its registry number.</param>
/// <param name="ApplicantName">The applicant.</param>
/// <param name="Assignee">Who handles it.</param>
/// <param name="Due">Its stored answer deadline.</param>
/// <param name="WorkingDaysLeft">Working days from today to the deadline: 0 on the day, negative when overdue (days late).</param>
/// <param name="Line">The Chinese line: <c>申请 2026-0012（张某某）将于 2026-12-07 到期，剩余 3 个工作日</c>.</param>
public sealed record CaseReminder(string CaseId, string UnitId, string Number, string ApplicantName, string? Assignee, DateOnly Due, int WorkingDaysLeft, string Line)
{
    /// <summary>Whether the deadline has passed.</summary>
    public bool Overdue => WorkingDaysLeft < 0;
}
