using System.Net;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Identity;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task Signs_in_with_the_right_password_and_reaches_the_report_list()
    {
        using var client = await app.SignedIn("admin");

        var list = await client.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("admin（系统管理员）", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_wrong_password_with_a_Chinese_message_and_records_it()
    {
        using var client = app.Anonymous();

        var response = await WebForms.Login(client, "luting", "not-the-password-1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.Contains(store.Audit.Latest(50), e => e.Action == "login-failed" && e.Resource == "account:luting");
    }

    [Fact]
    public async Task Locks_an_account_after_five_failures_even_against_the_right_password()
    {
        await CreateAccount("lockme", "lockme-pass-2026");
        using var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await WebForms.Login(client, "lockme", "wrong-password-9");
        }

        var response = await WebForms.Login(client, "lockme", "lockme-pass-2026");

        Assert.Equal((HttpStatusCode)423, response.StatusCode);
        Assert.Contains("账户已被暂时锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.NotNull(store.Accounts.FindByName("LOCKME")!.LockoutEnd);
    }

    [Fact]
    public async Task Refuses_a_sign_in_posted_without_the_antiforgery_token()
    {
        using var client = app.Anonymous();
        await client.GetAsync("/login");

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = "demo-admin-2026" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Keeps_the_session_in_the_store_and_ends_it_there_on_sign_out()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        using (var store = app.OpenStore())
        {
            Assert.True(store.Sessions.CountFor(store.Accounts.FindByName("TANGCHUAN-ZJ")!.Id) >= 1);
        }

        var token = await WebForms.Token(client, "/reports");
        var before = SessionCount();
        var logout = await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(before - 1, SessionCount());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/reports")).StatusCode);
    }

    [Fact]
    public async Task Stores_the_password_hashed_never_as_typed()
    {
        using var store = app.OpenStore();

        var account = store.Accounts.FindByName("ADMIN")!;

        Assert.DoesNotContain("demo-admin-2026", account.PasswordHash!, StringComparison.Ordinal);
        Assert.True(account.PasswordHash!.Length > 40);
    }

    [Fact]
    public async Task Says_in_Chinese_why_a_password_is_too_weak()
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GongkaiUser>>();

        var result = await users.CreateAsync(new GongkaiUser { UserName = "weak" }, "abc");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description == "密码至少需要 10 个字符。");
        Assert.Contains(result.Errors, e => e.Description == "密码至少需要一个数字（0-9）。");
    }

    private long SessionCount()
    {
        using var store = app.OpenStore();
        return store.Sessions.CountFor(store.Accounts.FindByName("TANGCHUAN-ZJ")!.Id);
    }

    private async Task CreateAccount(string name, string password)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GongkaiUser>>();
        Assert.True((await users.CreateAsync(new GongkaiUser { UserName = name, Role = Store.Accounts.AccountRole.Unit, Scope = "QH-ZR" }, password)).Succeeded);
    }
}
