namespace Gongkai.Application.Cases;

/// <summary>The kinds of step a case may take, one per step record of <c>Gongkai.Core.Cases</c> (labels in <see cref="CaseStepKinds"/>).</summary>
public enum CaseStepKind
{
    /// <summary>补正告知 (条例 art. 30).</summary>
    CorrectionRequested,

    /// <summary>补正材料收到.</summary>
    CorrectionSupplied,

    /// <summary>逾期未补正.</summary>
    CorrectionLapsed,

    /// <summary>征求意见 (条例 art. 32, 34).</summary>
    ConsultationStarted,

    /// <summary>意见收到.</summary>
    ConsultationAnswered,

    /// <summary>延期答复 (条例 art. 33).</summary>
    Extended,

    /// <summary>收费通知 (条例 art. 42).</summary>
    FeeNoticed,

    /// <summary>缴费.</summary>
    FeePaid,

    /// <summary>逾期未缴费.</summary>
    FeeLapsed,

    /// <summary>答复.</summary>
    Decided,

    /// <summary>送达.</summary>
    Delivered,

    /// <summary>撤回申请.</summary>
    Withdrawn,
}
