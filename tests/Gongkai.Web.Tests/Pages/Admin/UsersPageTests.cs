using System.Net;
using System.Text.Json;

namespace Gongkai.Web.Tests.Pages.Admin;

/// <summary>用户管理: only a 系统管理员 reaches it; accounts are created with a role and a scope from the registry, changed, disabled and given a new password.</summary>
[Collection(WebCollection.Name)]
public sealed class UsersPageTests(WebAppFixture app)
{
    [Theory]
    [InlineData("luting")]
    [InlineData("tangchuan-zj")]
    public async Task Refuses_the_admin_pages_to_anyone_but_an_administrator(string user)
    {
        using var client = await app.SignedIn(user);

        foreach (var page in new[] { "/admin/users", "/admin/users/1", "/admin/units", "/admin/calendar", "/admin/unlinked", "/admin/audit" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sends_an_anonymous_visitor_to_sign_in()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_a_unit_account_that_sees_only_its_unit()
    {
        using var admin = await app.SignedIn("admin");

        var created = await Create(admin, "nanyuan-user", "nanyuan-pass-2026", "Unit", "QH-LT-NY");
        using var user = await app.SignedIn("nanyuan-user", "nanyuan-pass-2026");
        var list = JsonDocument.Parse(await user.GetStringAsync("/api/v1/reports")).RootElement;

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("QH-LT-NY", list.GetProperty("items")[0].GetProperty("unitCode").GetString());
        Assert.Contains("nanyuan-user", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unit", "QH-NONE", "单位名录中没有代码为“QH-NONE”的单位。")]
    [InlineData("Unit", "", "填报单位账户须填写单位代码。")]
    [InlineData("RegionAdministrator", "鹭汀县", "单位名录中没有“鹭汀县”区域的单位")]
    public async Task Refuses_a_scope_that_the_registry_does_not_hold(string role, string scope, string message)
    {
        using var admin = await app.SignedIn("admin");

        var response = await Create(admin, "scope-" + role.ToLowerInvariant(), "scope-pass-2026", role, scope);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_weak_password_in_chinese()
    {
        using var admin = await app.SignedIn("admin");

        var response = await Create(admin, "weak-user", "short1", "Unit", "QH-LT-NY");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("weak-user</td>", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_session_and_its_sign_in_and_enabling_restores_it()
    {
        using var admin = await app.SignedIn("admin");
        await Create(admin, "disable-me", "disable-pass-2026", "Unit", "QH-LT-NY");
        var id = IdOf("disable-me");
        using var user = await app.SignedIn("disable-me", "disable-pass-2026");

        var disabled = await WebForms.Post(admin, $"/admin/users/{id}", $"/admin/users/{id}?handler=Disable", new Dictionary<string, string>());
        var afterwards = await user.GetAsync("/reports");
        var again = await WebForms.Login(app.Anonymous(), "disable-me", "disable-pass-2026");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/login", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)423, again.StatusCode);
        Assert.Contains("已停用", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        await WebForms.Post(admin, $"/admin/users/{id}", $"/admin/users/{id}?handler=Enable", new Dictionary<string, string>());
        using var back = await app.SignedIn("disable-me", "disable-pass-2026");
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one()
    {
        using var admin = await app.SignedIn("admin");
        await Create(admin, "reset-me", "reset-pass-2026", "Unit", "QH-LT-NY");
        var id = IdOf("reset-me");

        var reset = await WebForms.Post(admin, $"/admin/users/{id}", $"/admin/users/{id}?handler=Password", new Dictionary<string, string> { ["NewPassword"] = "reset-new-2027" });
        var old = await WebForms.Login(app.Anonymous(), "reset-me", "reset-pass-2026");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var signedIn = await app.SignedIn("reset-me", "reset-new-2027");
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        using var admin = await app.SignedIn("admin");
        var id = IdOf("admin");

        var response = await WebForms.Post(admin, $"/admin/users/{id}", $"/admin/users/{id}?handler=Disable", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能停用自己的账户。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var still = await app.SignedIn("admin");
    }

    private static Task<HttpResponseMessage> Create(HttpClient admin, string name, string password, string role, string scope) =>
        WebForms.Post(admin, "/admin/users", "/admin/users", new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Password"] = password,
            ["Role"] = role,
            ["Scope"] = scope,
        });

    private long IdOf(string userName)
    {
        using var store = app.OpenStore();
        return store.Accounts.All().Single(a => a.UserName == userName).Id;
    }
}
