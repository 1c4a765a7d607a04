namespace Gongkai.Core.Cases;

/// <summary>How an application ended: one value per outcome row of table 三 in the 2021 format (cases.md §5).</summary>
public enum CaseOutcome
{
    /// <summary>（一）予以公开.</summary>
    Granted,

    /// <summary>（二）部分公开 (区分处理 counts here only).</summary>
    PartiallyGranted,

    /// <summary>（三）1 国家秘密.</summary>
    WithheldStateSecret,

    /// <summary>（三）2 其他法律行政法规禁止公开.</summary>
    WithheldOtherLaw,

    /// <summary>（三）3 危及“三安全一稳定”.</summary>
    WithheldSecurity,

    /// <summary>（三）4 保护第三方合法权益.</summary>
    WithheldThirdParty,

    /// <summary>（三）5 三类内部事务信息.</summary>
    WithheldInternal,

    /// <summary>（三）6 四类过程性信息.</summary>
    WithheldProcess,

    /// <summary>（三）7 行政执法案卷.</summary>
    WithheldEnforcement,

    /// <summary>（三）8 行政查询事项.</summary>
    WithheldQuery,

    /// <summary>（四）1 本机关不掌握相关政府信息.</summary>
    UnavailableNotHeld,

    /// <summary>（四）2 没有现成信息需要另行制作.</summary>
    UnavailableNeedsCreation,

    /// <summary>（四）3 补正后申请内容仍不明确.</summary>
    UnavailableUnclear,

    /// <summary>（五）1 信访举报投诉类申请.</summary>
    RejectedPetition,

    /// <summary>（五）2 重复申请.</summary>
    RejectedDuplicate,

    /// <summary>（五）3 要求提供公开出版物.</summary>
    RejectedPublication,

    /// <summary>（五）4 无正当理由大量反复申请.</summary>
    RejectedExcessive,

    /// <summary>（五）5 要求行政机关确认或重新出具已获取信息.</summary>
    RejectedConfirmation,

    /// <summary>（六）1 逾期不补正 (2019 format: （六）其他处理).</summary>
    NoCorrection,

    /// <summary>（六）2 逾期未缴费 (2019 format: （六）其他处理).</summary>
    UnpaidFee,

    /// <summary>（六）3 其他, e.g. withdrawn (2019 format: （六）其他处理).</summary>
    Other,
}
