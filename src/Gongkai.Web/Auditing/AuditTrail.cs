using Gongkai.Store;
using Gongkai.Store.Accounts;

namespace Gongkai.Web.Auditing;

/// <summary>Writes the audit log for the current request: who (the signed-in name), from where, what, to which resource.</summary>
public sealed class AuditTrail(ReportStore store, IHttpContextAccessor http)
{
    public void Write(string action, string? resource = null, string? detail = null, string? actor = null)
    {
        var context = http.HttpContext;
        store.Audit.Write(new AuditEntry(
            DateTimeOffset.UtcNow,
            actor ?? context?.User.Identity?.Name,
            action,
            resource,
            detail,
            context?.Connection.RemoteIpAddress?.ToString()));
    }
}
