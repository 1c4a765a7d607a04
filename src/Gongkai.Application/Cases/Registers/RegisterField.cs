namespace Gongkai.Application.Cases.Registers;

/// <summary>What a column of the case register (登记台账) holds: one value per field of <see cref="Core.Cases.RequestCase"/> and its steps that a register carries.</summary>
public enum RegisterField
{
    /// <summary>申请编号 (<see cref="Core.Cases.RequestCase.Number"/>).</summary>
    Number,

    /// <summary>收到申请日期 (the arrival).</summary>
    Arrived,

    /// <summary>确认日期 (art. 31 confirmation).</summary>
    Confirmed,

    /// <summary>申请人类型.</summary>
    ApplicantKind,

    /// <summary>申请人姓名/名称.</summary>
    ApplicantName,

    /// <summary>证件号码.</summary>
    IdDocument,

    /// <summary>联系电话.</summary>
    Contact,

    /// <summary>通讯地址.</summary>
    Address,

    /// <summary>申请方式.</summary>
    Channel,

    /// <summary>申请内容.</summary>
    Content,

    /// <summary>提供形式.</summary>
    ProvisionForm,

    /// <summary>附件 (names separated by ；).</summary>
    Attachments,

    /// <summary>经办人 (the assignee, and who took every step).</summary>
    Assignee,

    /// <summary>补正告知日期.</summary>
    CorrectionRequested,

    /// <summary>补正事项.</summary>
    CorrectionItems,

    /// <summary>补正期限.</summary>
    CorrectionDue,

    /// <summary>补正收到日期.</summary>
    CorrectionSupplied,

    /// <summary>征求意见对象类型 (第三方 / 其他机关; several separated by ；).</summary>
    ConsultationParty,

    /// <summary>征求意见对象.</summary>
    ConsultationPartyName,

    /// <summary>征求意见日期.</summary>
    ConsultationStarted,

    /// <summary>意见答复日期.</summary>
    ConsultationAnswered,

    /// <summary>延期日期.</summary>
    Extended,

    /// <summary>延期天数（工作日）.</summary>
    ExtensionDays,

    /// <summary>延期批准人.</summary>
    ExtensionApprover,

    /// <summary>延期理由.</summary>
    ExtensionReason,

    /// <summary>收费通知日期.</summary>
    FeeNoticed,

    /// <summary>计费方式 (按件 / 按量).</summary>
    FeeMode,

    /// <summary>计费数量.</summary>
    FeeQuantity,

    /// <summary>收费金额（元）.</summary>
    FeeAmount,

    /// <summary>缴费日期.</summary>
    FeePaid,

    /// <summary>办理结果.</summary>
    Outcome,

    /// <summary>答复日期 (or the day a lapse was recorded).</summary>
    Decided,

    /// <summary>答复依据.</summary>
    Basis,

    /// <summary>答复理由.</summary>
    DecisionReason,

    /// <summary>送达日期.</summary>
    Delivered,

    /// <summary>送达方式.</summary>
    DeliveryMethod,

    /// <summary>撤回日期.</summary>
    Withdrawn,

    /// <summary>撤回理由.</summary>
    WithdrawalReason,

    /// <summary>备注: the agency's own notes, not stored (docs/cases-model.md).</summary>
    Notes,
}
