using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// 区域看板 and 对比 in Debian's chromium: the charts are drawn by the vendored ECharts under the strict
/// Content-Security-Policy (no violation, nothing requested off-host), drill-down reaches a report, the comparison
/// marks its changes, the list's export downloads; screenshots in docs/screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardInBrowserTests(LiveServer server)
{
    [ChromiumFact]
    public async Task The_dashboard_draws_its_charts_under_the_policy_and_drills_down_to_a_report()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "admin", "demo-admin-2026");
        var problems = new List<string>();
        var offHost = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add(m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add(e);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(server.Address, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                offHost.Add(r.Url);
            }
        };

        await page.GotoAsync($"{server.Address}/dashboard?region={Uri.EscapeDataString("青禾市")}&year=2022");

        await Assertions.Expect(page.Locator(".chart[data-drawn=true] canvas")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#coverage tbody tr")).Not.ToHaveCountAsync(0);
        Assert.Empty(problems);
        Assert.Empty(offHost);
        await BrowserPages.ShotAsync(page, "08-区域看板.png", fullPage: true);

        await page.Locator("#subregions a", new PageLocatorOptions { HasText = "芷岩县" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav.crumbs")).ToContainTextAsync("芷岩县");
        await Assertions.Expect(page.Locator("#units")).ToContainTextAsync("未报送");
        await BrowserPages.ShotAsync(page, "09-区域看板-下钻.png", fullPage: true);

        await page.Locator("#units a", new PageLocatorOptions { HasText = "查看报告" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("芷岩县");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_region_administrator_sees_its_own_region_on_the_dashboard()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "luting", "demo-luting-2026");

        await page.GotoAsync($"{server.Address}/dashboard?year=2023");

        await Assertions.Expect(page.Locator("input[name=region]")).ToHaveValueAsync("青禾省/青禾市/鹭汀县");
        await Assertions.Expect(page.Locator("#ranking")).ToContainTextAsync("鹭汀县卫生健康局");
        await Assertions.Expect(page.Locator("#missing")).Not.ToContainTextAsync("芷岩县");
        await BrowserPages.ShotAsync(page, "10-区域看板-区域管理员.png");
    }

    [ChromiumFact]
    public async Task The_comparison_marks_the_cells_that_changed()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "admin", "demo-admin-2026");
        await page.GotoAsync($"{server.Address}/compare");

        await page.SelectOptionAsync("select[name=unit]", "QH-JT");
        await page.SelectOptionAsync("select[name=with]", "QH-ZY-SJ");
        await page.FillAsync("input[name=year]", "2022");
        await page.ClickAsync("form.compare button");

        var changed = page.Locator("table.compare tr.changed").First;
        await Assertions.Expect(changed).ToBeVisibleAsync();
        Assert.Equal("rgb(255, 241, 194)", await changed.Locator("td").First.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
        var all = await page.Locator("table.compare tbody tr").CountAsync();

        await page.CheckAsync("input[name=changed]");
        await page.ClickAsync("form.compare button");

        await Assertions.Expect(page.Locator("table.compare tbody tr:not(.changed):not(.one-sided)")).ToHaveCountAsync(0);
        Assert.True(await page.Locator("table.compare tbody tr").CountAsync() < all);
        await BrowserPages.ShotAsync(page, "11-对比.png", fullPage: true);
    }

    [ChromiumFact]
    public async Task The_report_list_exports_its_current_view()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "admin", "demo-admin-2026");
        await page.GotoAsync($"{server.Address}/reports?year=2022");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".exports a", new PageLocatorOptions { HasText = "XLSX" }).ClickAsync());

        Assert.Equal("报告列表-2022.xlsx", download.SuggestedFilename);
    }
}
