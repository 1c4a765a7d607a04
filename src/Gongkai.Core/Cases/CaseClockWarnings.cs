using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Cases;

/// <summary>
/// What the clock tells the staff about a case beyond its due date: a 补正 notice sent later than 条例 art. 30 allows,
/// and the periods of the applicant (补正, fee) or a consulted party (art. 32, 34) that have run out while the case
/// still waits on them — the step to record next. Warnings, not refusals: they describe what happened.
/// </summary>
public static class CaseClockWarnings
{
    /// <summary>The warnings for <paramref name="c"/> as of <paramref name="asOf"/>, in Chinese.</summary>
    public static IReadOnlyList<string> Of(RequestCase c, WorkingCalendar calendar, ClockSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        var warnings = new List<string>();
        var closed = c.ClosedOn is not null;
        if (c.Steps.OfType<CorrectionRequested>().FirstOrDefault() is { } correction)
        {
            // 条例 art. 30: the 补正 notice is due within 7 working days of receipt.
            var day = WorkingDays.Count(c.Received, correction.Date, calendar);
            if (day > settings.CorrectionNoticeWorkingDays)
            {
                warnings.Add($"补正告知于 {CaseDates.Format(correction.Date)} 发出，是收到申请后第 {day} 个工作日，超过条例第三十条规定的 {settings.CorrectionNoticeWorkingDays} 个工作日。");
            }

            var settled = c.Steps.Any(s => s is CorrectionSupplied or CorrectionLapsed);
            if (!closed && !settled && asOf > correction.SupplementDue)
            {
                warnings.Add($"补正期限已于 {CaseDates.Format(correction.SupplementDue)} 届满，申请人尚未补正：无正当理由逾期不补正的，视为放弃申请（条例第三十条），可登记“逾期未补正”。");
            }
        }

        foreach (var span in CaseTimeline.Consultations(c))
        {
            var ends = CaseTimeline.ConsultationEnds(span.Started, calendar, settings);
            var (article, consequence) = span.Started.Party == ConsultationParty.ThirdParty
                ? ("第三十二条", "第三方逾期未提出意见的，由本机关依照条例决定是否公开")
                : ("第三十四条", "其他机关逾期未提出意见的，视为同意公开");
            if (span.Answered is { } answered && answered.Date > ends)
            {
                warnings.Add($"{span.Started.PartyName} 的意见于 {CaseDates.Format(answered.Date)} 收到，晚于 {settings.ConsultationWorkingDays} 个工作日的征求意见期限（{CaseDates.Format(ends)} 届满，条例{article}）：期满后的日子计入答复期限。");
            }
            else if (span.Answered is null && !closed && asOf > ends)
            {
                warnings.Add($"征求 {span.Started.PartyName} 意见的 {settings.ConsultationWorkingDays} 个工作日已于 {CaseDates.Format(ends)} 届满，尚未答复：{consequence}（条例{article}），答复期限自次日起恢复计算。");
            }
        }

        if (c.Steps.OfType<FeeNoticed>().FirstOrDefault() is { } notice
            && !closed
            && !c.Steps.Any(s => s is FeePaid or FeeLapsed)
            && CaseTimeline.PaymentDue(notice, calendar, settings) is var due
            && asOf > due)
        {
            warnings.Add($"缴费期限已于 {CaseDates.Format(due)} 届满（收费通知次日起 {settings.FeePaymentWorkingDays} 个工作日，假定：依地方规定设置），申请人尚未缴费：可登记“逾期未缴费”。");
        }

        return warnings;
    }
}
