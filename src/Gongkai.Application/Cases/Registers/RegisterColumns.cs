using Gongkai.Reporting.Tabular;
using static Gongkai.Application.Cases.Registers.RegisterField;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// The columns of the case register template (登记台账), in order, with the headers agencies' own registers use for
/// the same thing. The synonyms are data: a header is matched here and nowhere else (<see cref="RegisterHeaderMap"/>).
/// </summary>
/// <remarks>
/// Not carried by the register: the case's store id and unit (the unit is the one imported into), the receipt date
/// (computed from 申请方式, 收到申请日期 and 确认日期 by 条例 art. 31), and who took each step (every step is the
/// 经办人's). 备注 is read and not stored.
/// </remarks>
public static class RegisterColumns
{
    /// <summary>Every column, in template order.</summary>
    public static IReadOnlyList<RegisterColumn> All { get; } =
    [
        new(Number, "申请编号", TabularType.Text, true, "本机关登记的申请编号，同一单位内不重复；再次导入同一台账时按此编号更新已有申请。", ["编号", "登记编号", "受理编号", "序号编号", "申请号"]),
        new(Arrived, "收到申请日期", TabularType.Date, true, "申请到达本机关之日（当面提交之日、邮件签收之日、平台收到之日）。", ["到达日期", "收到日期", "收件日期", "受理日期", "申请日期", "来件日期", "收到申请日期到达日期", "登记日期"]),
        new(Confirmed, "确认日期", TabularType.Date, false, "平常信函、网络平台、电子邮件、传真提交的，与申请人确认之日（条例第三十一条）；此日为收到申请之日。", ["与申请人确认日期", "确认收到日期"]),
        new(ApplicantKind, "申请人类型", TabularType.Text, true, "从下拉列表选择。", ["申请人类别", "申请主体类型", "申请人性质"]),
        new(ApplicantName, "申请人姓名/名称", TabularType.Text, true, "自然人的姓名，法人或其他组织的名称。", ["申请人", "申请人姓名", "申请人名称", "姓名", "申请人姓名名称"]),
        new(IdDocument, "证件号码", TabularType.Text, false, "身份证件号码或统一社会信用代码。", ["身份证号", "身份证号码", "证件号", "统一社会信用代码"]),
        new(Contact, "联系电话", TabularType.Text, false, "电话或电子邮箱。", ["电话", "联系方式", "手机号码"]),
        new(Address, "通讯地址", TabularType.Text, false, "邮寄答复的地址。", ["地址", "联系地址", "邮寄地址"]),
        new(Channel, "申请方式", TabularType.Text, true, "从下拉列表选择；决定收到申请之日（条例第三十一条）。", ["提交方式", "申请渠道", "渠道", "申请途径", "受理方式", "来源渠道"]),
        new(Content, "申请内容", TabularType.Text, true, "所需政府信息的名称、文号或者其他特征性描述。", ["申请公开内容", "申请公开的内容", "所需信息", "申请事项", "所需政府信息", "申请公开事项"]),
        new(ProvisionForm, "提供形式", TabularType.Text, false, "申请的提供形式和获取方式。", ["获取方式", "获取信息的方式", "提供方式"]),
        new(Attachments, "附件", TabularType.Text, false, "申请所附文件名，多个用“；”分隔。", ["申请附件"]),
        new(Assignee, "经办人", TabularType.Text, false, "办理本申请的工作人员；各办理步骤都登记为其所办。有办理步骤时须填写。", ["承办人", "办理人", "经手人"]),
        new(CorrectionRequested, "补正告知日期", TabularType.Date, false, "发出补正告知之日（条例第三十条：收到申请之日起 7 个工作日内一次性告知）。", ["补正日期", "告知补正日期"]),
        new(CorrectionItems, "补正事项", TabularType.Text, false, "需要补正的全部事项；填写补正告知日期时须填写。", ["补正内容"]),
        new(CorrectionDue, "补正期限", TabularType.Date, false, "给予申请人补正的最后一日；填写补正告知日期时须填写。", ["补正截止日期"]),
        new(CorrectionSupplied, "补正收到日期", TabularType.Date, false, "收到补正材料之日；答复期限自此日起算（条例第三十条）。", ["补正材料收到日期", "收到补正日期"]),
        new(ConsultationParty, "征求意见对象类型", TabularType.Text, false, "第三方（条例第三十二条）或其他机关（条例第三十四条）；多次征求意见的，各列按同一顺序用“；”分隔。", ["征求意见类型"]),
        new(ConsultationPartyName, "征求意见对象", TabularType.Text, false, "被征求意见的第三方或机关名称。", ["征求意见单位", "第三方名称"]),
        new(ConsultationStarted, "征求意见日期", TabularType.Text, false, "发出征求意见函之日；征求意见所需时间不计入答复期限。", ["征求意见开始日期", "征求意见时间"]),
        new(ConsultationAnswered, "意见答复日期", TabularType.Text, false, "收到意见（或期限届满）之日；尚未答复的留空。", ["征求意见答复日期", "征求意见结束日期"]),
        new(Extended, "延期日期", TabularType.Date, false, "经政府信息公开工作机构负责人同意延期并告知申请人之日（条例第三十三条）。", ["延期告知日期", "延长答复期限日期"]),
        new(ExtensionDays, "延期天数", TabularType.Integer, false, "延长的工作日数，最长 20 个工作日。", ["延长天数", "延期工作日"]),
        new(ExtensionApprover, "延期批准人", TabularType.Text, false, "同意延期的负责人。", ["延期审批人"]),
        new(ExtensionReason, "延期理由", TabularType.Text, false, "延期的理由。", ["延期原因"]),
        new(FeeNoticed, "收费通知日期", TabularType.Date, false, "发出收费通知之日（国办函〔2020〕109号）。", ["收费日期"]),
        new(FeeMode, "计费方式", TabularType.Text, false, "按件或按量；填写收费通知日期时须填写。", ["收费方式"]),
        new(FeeQuantity, "计费数量", TabularType.Integer, false, "按件计收的件数，或按量计收的页数。", ["计费件数", "计费页数"]),
        new(FeeAmount, "收费金额", TabularType.Decimal, false, "信息处理费金额（元）。", ["收费金额元", "信息处理费", "金额"]),
        new(FeePaid, "缴费日期", TabularType.Date, false, "申请人缴费之日。", ["缴费时间"]),
        new(Outcome, "办理结果", TabularType.Text, false, "从下拉列表选择（年度报告表三的情形）；逾期不补正、逾期未缴费的，答复日期填登记之日；撤回的填撤回日期。办理中的留空。", ["答复结果", "处理结果", "答复类型", "办理情况", "处理情况"]),
        new(Decided, "答复日期", TabularType.Date, false, "作出答复之日（或登记逾期不补正、逾期未缴费之日）。", ["办结日期", "答复时间", "办结时间"]),
        new(Basis, "答复依据", TabularType.Text, false, "答复引用的法律依据；留空时按办理结果取条例的默认条款。", ["法律依据", "依据"]),
        new(DecisionReason, "答复理由", TabularType.Text, false, "不予公开、无法提供、不予处理的理由。", ["不予公开理由", "理由"]),
        new(Delivered, "送达日期", TabularType.Date, false, "答复送达申请人之日。", ["送达时间"]),
        new(DeliveryMethod, "送达方式", TabularType.Text, false, "当面、邮寄、电子邮件等。", []),
        new(Withdrawn, "撤回日期", TabularType.Date, false, "申请人撤回申请之日；办理结果为“其他”。", ["撤回时间", "撤销申请日期"]),
        new(WithdrawalReason, "撤回理由", TabularType.Text, false, "申请人说明的撤回理由。", ["撤回原因"]),
        new(Notes, "备注", TabularType.Text, false, "本机关自用，导入时不保存。", ["说明"]),
    ];

    /// <summary>The column of <paramref name="field"/>.</summary>
    public static RegisterColumn Of(RegisterField field) => All.First(c => c.Field == field);

    /// <summary>The header of <paramref name="field"/>'s column.</summary>
    public static string Header(RegisterField field) => Of(field).Header;
}
