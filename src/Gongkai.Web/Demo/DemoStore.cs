using Gongkai.Application.Importing;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Gongkai.Web.Auditing;
using Gongkai.Web.Hosting;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Demo;

/// <summary>
/// <c>serve --demo</c>: a fresh store with the samples' registry and reports imported (through the same use cases as
/// <c>gongkai import</c>), a demo account for each role and the demo's applications for disclosure (<see cref="DemoCases"/>).
/// </summary>
internal static class DemoStore
{
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "demo-admin-2026", AccountRole.Administrator, null, "全部报告"),
        new("luting", "demo-luting-2026", AccountRole.RegionAdministrator, "青禾省/青禾市/鹭汀县", "鹭汀县及其下属单位"),
        new("tangchuan-zj", "demo-unit-2026", AccountRole.Unit, "QH-TC-ZJ", "棠川县住房和城乡建设局"),
        // A unit inside 鹭汀县: its cases are what the region's administrator reads (依申请公开办理).
        new("luting-ny", "demo-unit-2026", AccountRole.Unit, "QH-LT-NY", "鹭汀县农业农村局"),
    ];

    /// <summary>Empties the demo's own store file (never a store the user named).</summary>
    public static void Reset(WebSettings settings)
    {
        if (!settings.FreshDemoStore)
        {
            return;
        }

        var file = settings.Store.Display;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    /// <returns><see langword="false"/> when the samples cannot be imported (the reason printed in Chinese).</returns>
    public static async Task<bool> SeedAsync(IServiceProvider services, ReportStore store, WebSettings settings)
    {
        if (settings.Samples is not { } samples || !Directory.Exists(samples))
        {
            await Console.Error.WriteLineAsync("演示模式需要示例报告文件夹 samples/：请用仓库里的 ./gongkai serve --demo 启动，或设置 Gongkai__Samples 为该文件夹。");
            return false;
        }

        var registry = ImportRegistry.Run(store, new RegistryImportOptions { File = Path.Combine(samples, "registry.csv") });
        var import = ImportReports.Run(store, new ImportOptions { Files = [.. Directory.GetFiles(samples, "s*.txt").Order(StringComparer.Ordinal)] });
        if ((registry.Failure ?? import.Failure) is { } failure)
        {
            await Console.Error.WriteLineAsync(failure.Message);
            return false;
        }

        var users = services.GetRequiredService<UserManager<GongkaiUser>>();
        var audit = services.GetRequiredService<AuditTrail>();
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var created = await users.CreateAsync(new GongkaiUser { UserName = account.UserName, Role = account.Role, Scope = account.Scope }, account.Password);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync($"无法创建演示账户 {account.UserName}：{string.Join("；", created.Errors.Select(e => e.Description))}");
                return false;
            }

            audit.Write(AuditActions.AccountCreated, $"account:{account.UserName}", $"演示账户，{account.Role.DisplayName()}", actor: "demo");
        }

        // The demo's cases once: a store opened again keeps those it has.
        if (store.Cases.List(new Gongkai.Store.Cases.CaseQuery { PageSize = 1 }, AccessScope.All).Count == 0
            && DemoCases.Seed(store, Gongkai.Application.Cases.CaseToday.Now()) is { } refused)
        {
            await Console.Error.WriteLineAsync("无法登记演示申请：" + refused);
            return false;
        }

        Console.WriteLine($"演示数据：已导入 {import.Summary!.Files.Count} 份示例报告，单位名录 {registry.Added + registry.Updated} 个单位。");
        return true;
    }

    public static void PrintLogins(TextWriter output)
    {
        output.WriteLine("演示账户（仅用于演示，请勿在正式环境使用）：");
        foreach (var a in Accounts)
        {
            output.WriteLine($"  {a.Role.DisplayName()}：用户名 {a.UserName}，密码 {a.Password}（可见：{a.Description}）");
        }

        output.WriteLine("  公众：无需登录，打开“公众查询”即可。");
    }
}
