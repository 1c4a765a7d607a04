using Gongkai.Core.Cases.Clock;
namespace Gongkai.Core.Cases;

/// <summary>What step may follow on a case now, and applying it.</summary>
public static class CaseWorkflow
{
    /// <summary>
    /// Why <paramref name="next"/> may not be taken on <paramref name="c"/> now, in Chinese; empty when it may. The checks:
    /// who and when (not before receipt nor before the previous step); after closing nothing but one 送达; 补正 once
    /// (art. 30) and only 补正, its lapse or a withdrawal while awaiting it; one extension of at most
    /// <see cref="ClockSettings.MaxExtensionWorkingDays"/> (art. 33); payment or lapse only of a pending fee
    /// notice; and each step's own fields.
    /// </summary>
    public static IReadOnlyList<string> Check(RequestCase c, CaseStep next, ClockSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(next);
        settings ??= ClockSettings.Default;
        var reasons = new List<string>();
        CheckCommon(c, next, reasons);
        if (c.ClosingStep is { } closing)
        {
            if (next is not Delivered)
            {
                reasons.Add($"本申请已于 {CaseDates.Format(closing.Date)} 办结（{CaseOutcomes.Label(c.Outcome!.Value)}），此后只能登记送达。");
            }
            else if (c.Steps.OfType<Delivered>().Any())
            {
                reasons.Add("本申请已登记送达，不能重复登记。");
            }

            return reasons;
        }

        var state = CaseState.Of(c);
        if (state.AwaitingCorrection && next is not (CorrectionSupplied or CorrectionLapsed or Withdrawn))
        {
            reasons.Add("正在等待申请人补正，此时只能登记补正材料、逾期未补正或撤回申请。");
        }

        if (state.AwaitingFee && next is not (FeePaid or FeeLapsed or Withdrawn))
        {
            reasons.Add("正在等待申请人缴纳信息处理费，此时只能登记缴费、逾期未缴费或撤回申请。");
        }

        CaseStepChecks.Check(c, state, next, settings, reasons);
        return reasons;
    }

    /// <summary><paramref name="c"/> with <paramref name="next"/> appended.</summary>
    /// <exception cref="CaseStepException">The step is not allowed now; its reasons are those of <see cref="Check"/>.</exception>
    public static RequestCase Apply(RequestCase c, CaseStep next, ClockSettings? settings = null)
    {
        var reasons = Check(c, next, settings);
        return reasons.Count > 0 ? throw new CaseStepException(reasons) : c with { Steps = [.. c.Steps, next] };
    }

    /// <summary>Whether <paramref name="step"/> closes a case (its date is the case's closing date).</summary>
    public static bool Closes(CaseStep step) => step is Decided or CorrectionLapsed or FeeLapsed or Withdrawn;

    private static void CheckCommon(RequestCase c, CaseStep next, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(next.By))
        {
            reasons.Add("须填写经办人。");
        }

        if (next.Date < c.Received)
        {
            reasons.Add($"日期 {CaseDates.Format(next.Date)} 早于收到申请之日 {CaseDates.Format(c.Received)}。");
        }

        if (c.Steps.Count > 0 && next.Date < c.Steps[^1].Date)
        {
            reasons.Add($"日期 {CaseDates.Format(next.Date)} 早于上一步骤的日期 {CaseDates.Format(c.Steps[^1].Date)}。");
        }
    }
}
