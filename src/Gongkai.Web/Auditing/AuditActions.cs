namespace Gongkai.Web.Auditing;

/// <summary>The actions the audit log records (<c>audit_log.action</c>).</summary>
internal static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string LockedOut = "locked-out";
    public const string Logout = "logout";
    public const string Upload = "upload";
    public const string AccountCreated = "account-created";
    public const string FindingReview = "finding-review";
    public const string AccountChanged = "account-changed";
    public const string AccountDisabled = "account-disabled";
    public const string AccountEnabled = "account-enabled";
    public const string PasswordReset = "password-reset";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string RegistryImported = "registry-imported";
    public const string CalendarImported = "calendar-imported";
    public const string UnitChanged = "unit-changed";
    public const string ReportLinked = "report-linked";
    public const string DraftStarted = "draft-started";
    public const string DraftSubmitted = "draft-submitted";
    public const string ReportPublished = "report-published";
    public const string ReportWithdrawn = "report-withdrawn";
    public const string CaseRegistered = "case-registered";
    public const string CaseStep = "case-step";
    public const string CaseLetter = "case-letter";
    public const string CaseAppeal = "case-appeal";
    public const string CaseProfileChanged = "case-profile-changed";
    public const string CaseRegisterImported = "case-register-imported";
}
