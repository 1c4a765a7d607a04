using Gongkai.Store.Accounts;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Hosting;

/// <summary>
/// <c>./gongkai serve --add-admin NAME</c>: creates a 系统管理员 account on the store and exits, so that a new
/// installation (which has no accounts: only <c>--demo</c> creates any) gets its first administrator, who then manages
/// the others on 用户管理. The password comes from <see cref="PasswordVariable"/>, never from the command line, where
/// other users of the server could read it in the process list.
/// </summary>
internal static class FirstAdministrator
{
    /// <summary>The environment variable holding the new account's password.</summary>
    public const string PasswordVariable = "GONGKAI_ADMIN_PASSWORD";

    /// <summary>Creates the account <paramref name="userName"/> with <paramref name="password"/>; the exit code and the Chinese lines printed.</summary>
    public static async Task<int> CreateAsync(IServiceProvider services, string userName, string? password, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            await error.WriteLineAsync("--add-admin 需要用户名，例如 ./gongkai serve --add-admin zhangsan。");
            return 2;
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"请先在环境变量 {PasswordVariable} 中设置新账户的密码（不要写在命令行上）。");
            return 2;
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GongkaiUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await error.WriteLineAsync($"账户 {userName} 已存在，未作改动；如需重设密码，请由系统管理员在“用户管理”页面操作。");
            return 1;
        }

        var created = await users.CreateAsync(new GongkaiUser { UserName = userName, Role = AccountRole.Administrator }, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"无法创建账户 {userName}：{string.Join("；", created.Errors.Select(e => e.Description))}");
            return 2;
        }

        scope.ServiceProvider.GetRequiredService<AuditTrail>()
            .Write(AuditActions.AccountCreated, $"account:{userName}", AccountRole.Administrator.DisplayName(), actor: "命令行");
        await output.WriteLineAsync($"已创建系统管理员账户 {userName}；启动 ./gongkai serve 后即可用它登录。");
        return 0;
    }
}
