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
}
