using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Cases;

/// <summary>The one extension of the answer period, approved by the head of the disclosure office (条例 art. 33 ¶2).</summary>
/// <param name="Date">The day it was approved and the applicant told.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="WorkingDays">Working days added, at most 20 by art. 33 (<see cref="ClockSettings.MaxExtensionWorkingDays"/>).</param>
/// <param name="ApprovedBy">The approving head (政府信息公开工作机构负责人).</param>
/// <param name="Reason">Why the period is extended.</param>
public sealed record Extended(DateOnly Date, string By, int WorkingDays, string ApprovedBy, string Reason) : CaseStep(Date, By);
