using System.Net;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>A new installation gets its first 系统管理员 from the command line; the password never comes from the arguments.</summary>
[Collection(WebCollection.Name)]
public sealed class FirstAdministratorTests(WebAppFixture app)
{
    [Fact]
    public async Task Creates_an_administrator_who_can_sign_in_and_refuses_to_create_it_twice()
    {
        var name = "first-admin-" + Guid.NewGuid().ToString("N")[..8];
        var output = new StringWriter();
        var error = new StringWriter();

        var created = await FirstAdministrator.CreateAsync(app.Factory.Services, name, "Zhengwu-2026-gk", output, error);
        var again = await FirstAdministrator.CreateAsync(app.Factory.Services, name, "Zhengwu-2026-gk", output, error);
        using var client = app.Anonymous();
        await WebForms.Login(client, name, "Zhengwu-2026-gk");
        var users = await client.GetAsync("/admin/users");

        Assert.Equal(0, created);
        Assert.Contains($"已创建系统管理员账户 {name}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, again);
        Assert.Contains("已存在", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Theory]
    [InlineData("someone", null, "环境变量 GONGKAI_ADMIN_PASSWORD")]
    [InlineData("someone", "short", "无法创建账户 someone")]
    [InlineData("", "Zhengwu-2026-gk", "需要用户名")]
    public async Task Refuses_in_Chinese_without_a_name_or_a_good_password(string name, string? password, string expected)
    {
        var error = new StringWriter();

        var code = await FirstAdministrator.CreateAsync(app.Factory.Services, name, password, TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_name_after_the_option_and_passes_the_rest_to_the_host()
    {
        var parsed = ServeArguments.Parse(["--db", "x.db", "--add-admin", "zhangsan", "--urls", "http://127.0.0.1:5001"]);
        var bare = ServeArguments.Parse(["--add-admin", "--db", "x.db"]);

        Assert.Equal("zhangsan", parsed.AddAdmin);
        Assert.Equal(["--db", "x.db", "--urls", "http://127.0.0.1:5001"], parsed.HostArguments);
        Assert.Equal("", bare.AddAdmin);
        Assert.Equal(["--db", "x.db"], bare.HostArguments);
    }
}
