using System.Globalization;
using Gongkai.Application.Cases;
using Gongkai.Core.Cases;

namespace Gongkai.Web.Rendering;

/// <summary>One step of a case as the timeline of 申请详情 shows it: its kind's name and its particulars, in Chinese.</summary>
internal static class CaseStepText
{
    /// <summary>The kind's name (<see cref="CaseStepKinds.Label"/>).</summary>
    public static string Title(CaseStep step) => CaseStepKinds.Label(CaseStepKinds.Of(step));

    /// <summary>What the step recorded, e.g. “补正期限 2026-03-12；补正事项：…”.</summary>
    public static string Details(CaseStep step) => step switch
    {
        CorrectionRequested s => $"补正期限 {CaseDays.Date(s.SupplementDue)}；补正事项：{s.Items}",
        CorrectionSupplied => "收到补正后的申请，答复期限自当日起重新计算（条例第三十条）",
        CorrectionLapsed => "申请人无正当理由逾期不补正，视为放弃申请（条例第三十条）",
        ConsultationStarted s => $"{Party(s.Party)}：{s.PartyName}（征求意见期间不计算在答复期限内）",
        ConsultationAnswered s => $"{Party(s.Party)}意见收到或期限届满",
        Extended s => $"延长 {s.WorkingDays.ToString(CultureInfo.InvariantCulture)} 个工作日，批准人 {s.ApprovedBy}；理由：{s.Reason}",
        FeeNoticed s => $"{(s.Mode == FeeMode.PerItem ? "按件" : "按量")}计收，数量 {s.Quantity.ToString(CultureInfo.InvariantCulture)}，金额 {s.AmountYuan.ToString("0.##", CultureInfo.InvariantCulture)} 元",
        FeePaid => "申请人已缴费",
        FeeLapsed => "申请人逾期未缴费，不再处理",
        Decided s => $"{CaseOutcomes.Label(s.Outcome)}；依据：{s.Basis}{(s.Reason is { Length: > 0 } reason ? "；理由：" + reason : "")}",
        Delivered s => $"送达方式：{s.Method}",
        Withdrawn s => s.Reason is { Length: > 0 } reason ? $"申请人撤回申请；理由：{reason}" : "申请人撤回申请",
        _ => "",
    };

    /// <summary>Whom a consultation asks: 第三方 (条例 art. 32) or 其他机关 (art. 34).</summary>
    public static string Party(ConsultationParty party) => party == ConsultationParty.ThirdParty ? "第三方" : "其他机关";
}
