using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// Slice A in the browser: axe-core on every page each role can reach (no serious or critical violation), the API
/// reference page requesting nothing off this host, and screenshots of the administration pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminInBrowserTests(LiveServer server)
{
    private static readonly string[] SignedInPages = ["/reports", "/upload", "/drafts", "/account/tokens", "/public", "/api-docs"];

    private static readonly string[] AdminPages = ["/admin/users", "/admin/users/1", "/admin/units", "/admin/units/QH", "/admin/unlinked", "/admin/audit"];

    [ChromiumFact]
    public async Task Every_page_each_role_reaches_has_no_serious_or_critical_accessibility_violation()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"));
        var violations = new List<string>();

        var anonymous = await BrowserPages.OpenAsync(chromium.Browser, bypassCsp: true);
        foreach (var path in new[] { "/login", "/public", "/api-docs", await FirstReport(anonymous, "/public") })
        {
            violations.AddRange(await Check(anonymous, path, axe, "公众"));
        }

        foreach (var (user, password) in new[] { ("admin", "demo-admin-2026"), ("luting", "demo-luting-2026"), ("tangchuan-zj", "demo-unit-2026") })
        {
            var page = await server.SignInAsync(chromium.Browser, user, password, bypassCsp: true);
            var pages = SignedInPages.Append(await FirstReport(page, "/reports"));
            foreach (var path in user == "admin" ? pages.Concat(AdminPages) : pages)
            {
                violations.AddRange(await Check(page, path, axe, user));
            }

            await page.Context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [ChromiumFact]
    public async Task The_api_reference_page_requests_nothing_off_this_host()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await BrowserPages.OpenAsync(chromium.Browser);
        var requested = new List<string>();
        page.Request += (_, r) => requested.Add(r.Url);

        await page.GotoAsync($"{server.Address}/api-docs");

        await Assertions.Expect(page.Locator("#swagger-ui .info .title")).ToContainTextAsync("政府信息公开年报平台 接口");
        await Assertions.Expect(page.Locator("#swagger-ui .opblock").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(requested, u => u.EndsWith("/api/v1/openapi.json", StringComparison.Ordinal));
        Assert.All(requested, u => Assert.True(u.StartsWith(server.Address + "/", StringComparison.Ordinal) || u.StartsWith("data:", StringComparison.Ordinal), u));
        await BrowserPages.ShotAsync(page, "20-接口文档.png", fullPage: true);
    }

    [ChromiumFact]
    public async Task An_administrator_sees_the_administration_pages()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "admin", "demo-admin-2026", bypassCsp: true);

        foreach (var (path, heading, shot) in new[]
        {
            ("/admin/users", "用户管理", "21-用户管理.png"),
            ("/admin/users/1", "管理账户：admin", "22-管理账户.png"),
            ("/admin/units", "单位名录", "23-单位名录.png"),
            ("/admin/unlinked", "待确认单位", "24-待确认单位.png"),
            ("/admin/audit", "操作日志", "25-操作日志.png"),
        })
        {
            await page.GotoAsync(server.Address + path);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await BrowserPages.ShotAsync(page, shot, fullPage: true);
        }

        await page.GotoAsync($"{server.Address}/account/tokens");
        await page.FillAsync("#Name", "数据同步程序");
        await page.ClickAsync("form.form-grid button");
        await Assertions.Expect(page.Locator("#new-token")).ToContainTextAsync("gk_");
        await Assertions.Expect(page.Locator("table.tokens tbody tr")).Not.ToHaveCountAsync(0);
        await BrowserPages.ShotAsync(page, "26-访问令牌.png", fullPage: true);
    }

    private Task<IEnumerable<string>> Check(IPage page, string path, string axe, string role) =>
        BrowserPages.AccessibilityViolationsAsync(page, server.Address, path, axe, role);

    private async Task<string> FirstReport(IPage page, string list)
    {
        await page.GotoAsync(server.Address + list);
        return (await page.Locator("table.list tbody tr a").First.GetAttributeAsync("href"))!;
    }
}
