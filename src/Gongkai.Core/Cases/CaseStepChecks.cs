using Gongkai.Core.Cases.Clock;
namespace Gongkai.Core.Cases;

/// <summary>Each step's own conditions on an open case (Chinese reasons).</summary>
internal static class CaseStepChecks
{
    public static void Check(RequestCase c, CaseState state, CaseStep next, ClockSettings settings, List<string> reasons)
    {
        switch (next)
        {
            case CorrectionRequested requested:
                // 条例 art. 30: the applicant is told once, with everything to supplement.
                Require(state.Correction is null, "补正应一次性告知申请人需要补正的全部事项（条例第三十条），本申请已发出过补正告知。", reasons);
                Require(!string.IsNullOrWhiteSpace(requested.Items), "须写明需要补正的事项。", reasons);
                Require(requested.SupplementDue >= requested.Date, "补正期限不能早于告知之日。", reasons);
                break;
            case CorrectionSupplied:
                Require(state.Correction is not null, "尚未发出补正告知，不能登记补正材料。", reasons);
                Require(!state.CorrectionSupplied, "已登记过补正材料。", reasons);
                break;
            case CorrectionLapsed lapsed:
                Require(state.AwaitingCorrection, "没有等待补正的告知，不能登记逾期未补正。", reasons);
                if (state.Correction is { } notice && lapsed.Date <= notice.SupplementDue)
                {
                    reasons.Add($"补正期限至 {CaseDates.Format(notice.SupplementDue)} 届满，此前不能登记逾期未补正。");
                }

                break;
            case ConsultationStarted started:
                Require(!string.IsNullOrWhiteSpace(started.PartyName), "须填写征求意见的对象。", reasons);
                break;
            case ConsultationAnswered answered:
                Require(state.OpenConsultations.Any(s => s.Party == answered.Party),
                    answered.Party == ConsultationParty.ThirdParty ? "没有未答复的第三方意见征询。" : "没有未答复的其他机关意见征询。", reasons);
                break;
            case Extended extended:
                CheckExtension(c, extended, settings, reasons);
                break;
            case FeeNoticed fee:
                Require(state.Fee is null, "本申请已发出过收费通知。", reasons);
                Require(fee.Quantity > 0, fee.Mode == FeeMode.PerItem ? "计费件数须大于零。" : "计费页数须大于零。", reasons);
                Require(fee.AmountYuan >= 0, "收费金额不能为负数。", reasons);
                break;
            case FeePaid or FeeLapsed:
                Require(state.AwaitingFee, "没有待缴费的收费通知。", reasons);
                break;
            case Decided decided:
                CheckDecision(state, decided, reasons);
                break;
            case Delivered:
                reasons.Add("尚未作出答复，不能登记送达。");
                break;
            default:
                break;
        }
    }

    private static void CheckExtension(RequestCase c, Extended extended, ClockSettings settings, List<string> reasons)
    {
        // 条例 art. 33 ¶2: one extension of at most 20 working days, approved by the head of the disclosure office.
        Require(!c.Steps.OfType<Extended>().Any(), "答复期限只能延长一次（条例第三十三条）。", reasons);
        if (extended.WorkingDays < 1 || extended.WorkingDays > settings.MaxExtensionWorkingDays)
        {
            reasons.Add($"延长的期限应为 1 至 {settings.MaxExtensionWorkingDays} 个工作日（条例第三十三条），所填为 {extended.WorkingDays} 个工作日。");
        }

        Require(!string.IsNullOrWhiteSpace(extended.ApprovedBy), "延期须经政府信息公开工作机构负责人同意，须填写批准人。", reasons);
        Require(!string.IsNullOrWhiteSpace(extended.Reason), "须写明延期理由。", reasons);
    }

    private static void CheckDecision(CaseState state, Decided decided, List<string> reasons)
    {
        Require(!string.IsNullOrWhiteSpace(decided.Basis), "须写明答复的法律依据。", reasons);
        switch (decided.Outcome)
        {
            case CaseOutcome.UnavailableUnclear:
                Require(state.CorrectionSupplied, "“补正后申请内容仍不明确”须在申请人补正之后才能作出。", reasons);
                break;
            case CaseOutcome.NoCorrection:
                reasons.Add("逾期不补正应登记为“逾期未补正”步骤，而不是答复。");
                break;
            case CaseOutcome.UnpaidFee:
                reasons.Add("逾期未缴费应登记为“逾期未缴费”步骤，而不是答复。");
                break;
            default:
                break;
        }
    }

    private static void Require(bool condition, string reason, List<string> reasons)
    {
        if (!condition)
        {
            reasons.Add(reason);
        }
    }
}
