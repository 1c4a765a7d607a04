using Gongkai.Core.Cases;

namespace Gongkai.Application.Cases;

/// <summary>The Chinese name of each <see cref="CaseStepKind"/> (what the CLI's <c>--kind</c> and the pages show), in one place.</summary>
public static class CaseStepKinds
{
    /// <summary>Every kind, in the order a case usually takes them.</summary>
    public static IReadOnlyList<CaseStepKind> All { get; } = Enum.GetValues<CaseStepKind>();

    /// <summary>The short name, e.g. <c>补正</c>, <c>意见收到</c>, <c>答复</c>.</summary>
    public static string Label(CaseStepKind kind) => kind switch
    {
        CaseStepKind.CorrectionRequested => "补正",
        CaseStepKind.CorrectionSupplied => "补正收到",
        CaseStepKind.CorrectionLapsed => "补正逾期",
        CaseStepKind.ConsultationStarted => "征求意见",
        CaseStepKind.ConsultationAnswered => "意见收到",
        CaseStepKind.Extended => "延期",
        CaseStepKind.FeeNoticed => "收费",
        CaseStepKind.FeePaid => "缴费",
        CaseStepKind.FeeLapsed => "未缴费",
        CaseStepKind.Decided => "答复",
        CaseStepKind.Delivered => "送达",
        CaseStepKind.Withdrawn => "撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind named <paramref name="label"/> (<see cref="Label"/>), or <see langword="null"/>.</summary>
    public static CaseStepKind? Parse(string label) =>
        All.Where(k => Label(k) == label.Trim()).Select(k => (CaseStepKind?)k).FirstOrDefault();

    /// <summary>The kind of <paramref name="step"/>.</summary>
    public static CaseStepKind Of(CaseStep step) => step switch
    {
        CorrectionRequested => CaseStepKind.CorrectionRequested,
        CorrectionSupplied => CaseStepKind.CorrectionSupplied,
        CorrectionLapsed => CaseStepKind.CorrectionLapsed,
        ConsultationStarted => CaseStepKind.ConsultationStarted,
        ConsultationAnswered => CaseStepKind.ConsultationAnswered,
        Extended => CaseStepKind.Extended,
        FeeNoticed => CaseStepKind.FeeNoticed,
        FeePaid => CaseStepKind.FeePaid,
        FeeLapsed => CaseStepKind.FeeLapsed,
        Decided => CaseStepKind.Decided,
        Delivered => CaseStepKind.Delivered,
        Withdrawn => CaseStepKind.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };
}
