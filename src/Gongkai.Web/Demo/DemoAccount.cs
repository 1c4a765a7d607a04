using Gongkai.Store.Accounts;

namespace Gongkai.Web.Demo;

/// <summary>A demo login: one per role, scoped to the samples' fictional units.</summary>
internal sealed record DemoAccount(string UserName, string Password, AccountRole Role, string? Scope, string Description);
