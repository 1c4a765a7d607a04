namespace Gongkai.Web.Auditing;

/// <summary>The Chinese name of each action of the audit log (<see cref="AuditActions"/>), for the 操作日志 page and its exports.</summary>
internal static class AuditActionNames
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AuditActions.Login] = "登录",
        [AuditActions.LoginFailed] = "登录失败",
        [AuditActions.LockedOut] = "账户锁定",
        [AuditActions.Logout] = "退出",
        [AuditActions.Upload] = "上传",
        [AuditActions.FindingReview] = "审核问题",
        [AuditActions.AccountCreated] = "新建账户",
        [AuditActions.AccountChanged] = "修改账户",
        [AuditActions.AccountDisabled] = "停用账户",
        [AuditActions.AccountEnabled] = "启用账户",
        [AuditActions.PasswordReset] = "重设密码",
        [AuditActions.TokenCreated] = "创建访问令牌",
        [AuditActions.TokenRevoked] = "撤销访问令牌",
        [AuditActions.RegistryImported] = "导入单位名录",
        [AuditActions.CalendarImported] = "导入节假日安排",
        [AuditActions.UnitChanged] = "修改单位",
        [AuditActions.ReportLinked] = "确认报告单位",
        [AuditActions.DraftStarted] = "开始在线填报",
        [AuditActions.DraftSubmitted] = "提交在线填报",
        [AuditActions.ReportPublished] = "公开报告",
        [AuditActions.ReportWithdrawn] = "撤回报告",
        [AuditActions.CaseRegistered] = "登记申请",
        [AuditActions.CaseStep] = "记录办理步骤",
        [AuditActions.CaseLetter] = "生成文书",
        [AuditActions.CaseAppeal] = "记录复议诉讼",
        [AuditActions.CaseProfileChanged] = "修改文书设置",
        [AuditActions.CaseRegisterImported] = "导入登记台账",
    };

    /// <summary>The Chinese name, or the key itself for an action this version does not know (written by a newer one).</summary>
    public static string Of(string action) => All.TryGetValue(action, out var name) ? name : action;
}
