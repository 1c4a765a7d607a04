namespace Gongkai.Reporting.Letters;

/// <summary>
/// The one list of placeholders a letter template may use (<c>{{申请人}}</c>), each with a Chinese description for
/// the staff who edit templates. A template naming anything else is refused (<see cref="LetterWriter.Validate"/>).
/// </summary>
/// <remarks>
/// Values are plain text filled in by the case; dates are written as the agency prints them (2024年10月8日). A value
/// with line breaks prints as several lines.
/// </remarks>
public static class LetterFields
{
    /// <summary>机关名称.</summary>
    public const string Agency = "机关名称";

    /// <summary>文书编号.</summary>
    public const string DocumentNumber = "文书编号";

    /// <summary>申请人.</summary>
    public const string Applicant = "申请人";

    /// <summary>申请人证件.</summary>
    public const string ApplicantId = "申请人证件";

    /// <summary>联系方式.</summary>
    public const string Contact = "联系方式";

    /// <summary>通讯地址.</summary>
    public const string Address = "通讯地址";

    /// <summary>收到日期.</summary>
    public const string ReceivedOn = "收到日期";

    /// <summary>申请编号.</summary>
    public const string ApplicationNumber = "申请编号";

    /// <summary>申请内容.</summary>
    public const string Content = "申请内容";

    /// <summary>提供方式.</summary>
    public const string FormOfProvision = "提供方式";

    /// <summary>答复期限.</summary>
    public const string AnswerDue = "答复期限";

    /// <summary>补正事项.</summary>
    public const string CorrectionPoints = "补正事项";

    /// <summary>补正期限.</summary>
    public const string CorrectionDue = "补正期限";

    /// <summary>延期天数.</summary>
    public const string ExtensionDays = "延期天数";

    /// <summary>延期后答复期限.</summary>
    public const string ExtendedDue = "延期后答复期限";

    /// <summary>延期理由.</summary>
    public const string ExtensionReason = "延期理由";

    /// <summary>批准人.</summary>
    public const string Approver = "批准人";

    /// <summary>第三方.</summary>
    public const string ThirdParty = "第三方";

    /// <summary>征求意见内容.</summary>
    public const string ConsultationSubject = "征求意见内容";

    /// <summary>意见答复期限.</summary>
    public const string ConsultationDue = "意见答复期限";

    /// <summary>收费方式.</summary>
    public const string FeeMethod = "收费方式";

    /// <summary>收费数量.</summary>
    public const string FeeQuantity = "收费数量";

    /// <summary>收费金额.</summary>
    public const string FeeAmount = "收费金额";

    /// <summary>缴费期限.</summary>
    public const string PaymentDue = "缴费期限";

    /// <summary>缴费方式.</summary>
    public const string PaymentMethod = "缴费方式";

    /// <summary>答复结果.</summary>
    public const string Outcome = "答复结果";

    /// <summary>法律依据.</summary>
    public const string LegalBasis = "法律依据";

    /// <summary>理由.</summary>
    public const string Reason = "理由";

    /// <summary>复议机关.</summary>
    public const string ReconsiderationBody = "复议机关";

    /// <summary>管辖法院.</summary>
    public const string Court = "管辖法院";

    /// <summary>经办人.</summary>
    public const string Handler = "经办人";

    /// <summary>联系电话.</summary>
    public const string Telephone = "联系电话";

    /// <summary>落款日期.</summary>
    public const string SignedOn = "落款日期";

    /// <summary>Every placeholder, in the order a case's letters use them.</summary>
    public static IReadOnlyList<LetterField> All { get; } =
    [
        new(Agency, "作出文书的行政机关全称，用于标题和落款"),
        new(DocumentNumber, "本文书的编号（文号），如“某政信受〔2024〕12号”"),
        new(Applicant, "申请人姓名或者法人、其他组织名称"),
        new(ApplicantId, "申请人身份证件名称及号码，或者统一社会信用代码"),
        new(Contact, "申请人的联系电话、电子邮箱等联系方式"),
        new(Address, "申请人的通讯地址及邮政编码"),
        new(ReceivedOn, "依《条例》第三十一条确定的收到申请之日"),
        new(ApplicationNumber, "本机关登记的申请编号"),
        new(Content, "申请公开的政府信息的名称、文号或者其他特征性描述"),
        new(FormOfProvision, "申请人要求的提供形式和获取方式、途径"),
        new(AnswerDue, "依《条例》第三十三条计算的答复期限届满之日"),
        new(CorrectionPoints, "需要补正的全部事项，可分行列出"),
        new(CorrectionDue, "本机关给予的补正期限届满之日"),
        new(ExtensionDays, "延长答复期限的工作日数（不超过20个工作日）"),
        new(ExtendedDue, "延长后的答复期限届满之日"),
        new(ExtensionReason, "需要延长答复期限的理由"),
        new(Approver, "同意延期的政府信息公开工作机构负责人"),
        new(ThirdParty, "被征求意见的第三方名称或者姓名"),
        new(ConsultationSubject, "可能损害第三方合法权益的信息内容"),
        new(ConsultationDue, "第三方提出意见的期限届满之日（收到征求意见书之日起15个工作日）"),
        new(FeeMethod, "信息处理费的计收方式：按件计收或者按量计收"),
        new(FeeQuantity, "计费的件数或者页数，如“35件”“150页”"),
        new(FeeAmount, "应缴信息处理费金额，以元为单位的数字，不含“元”字"),
        new(PaymentDue, "缴纳信息处理费的期限届满之日"),
        new(PaymentMethod, "缴费的账户、地点或者其他方式"),
        new(Outcome, "答复的具体内容，如提供信息的方式、获取途径或者处理结果"),
        new(LegalBasis, "答复所依据的条款，如“《中华人民共和国政府信息公开条例》第十四条”"),
        new(Reason, "作出该答复的理由"),
        new(ReconsiderationBody, "受理行政复议申请的行政复议机关"),
        new(Court, "有管辖权的人民法院"),
        new(Handler, "本机关经办人员姓名"),
        new(Telephone, "本机关联系电话"),
        new(SignedOn, "落款日期，即文书作出之日"),
    ];

    private static readonly Dictionary<string, LetterField> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a placeholder of this list.</summary>
    public static bool IsKnown(string name) => ByName.ContainsKey(name);

    /// <summary>The description of <paramref name="name"/>, or null when it is not a placeholder of this list.</summary>
    public static string? Description(string name) => ByName.TryGetValue(name, out var field) ? field.Description : null;
}
