using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// The pages in Debian's chromium: each role signs in and sees its list, a report with errors shows its coloured
/// cells; every page is saved as a screenshot in docs/screenshots/ (shown in the README).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebAppInBrowserTests(LiveServer server)
{
    [ChromiumFact]
    public async Task Prints_the_address_and_a_demo_login_for_each_role_in_Chinese()
    {
        await Task.CompletedTask;

        Assert.Contains($"请在浏览器中打开 {server.Address}", server.Output, StringComparison.Ordinal);
        Assert.Contains("系统管理员：用户名 admin", server.Output, StringComparison.Ordinal);
        Assert.Contains("区域管理员：用户名 luting", server.Output, StringComparison.Ordinal);
        Assert.Contains("填报单位：用户名 tangchuan-zj", server.Output, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Each_role_signs_in_and_sees_the_reports_of_its_scope()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var browser = chromium.Browser;
        foreach (var (user, password, rows, shot) in new[]
        {
            ("admin", "demo-admin-2026", 10, "02-报告列表-系统管理员.png"),
            ("luting", "demo-luting-2026", 2, "03-报告列表-区域管理员.png"),
            ("tangchuan-zj", "demo-unit-2026", 1, "04-报告列表-填报单位.png"),
        })
        {
            var page = await server.SignInAsync(browser, user, password, user == "admin" ? "01-登录.png" : null);

            await Assertions.Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(rows);
            await Assertions.Expect(page.Locator("header .who")).ToContainTextAsync(user);
            await BrowserPages.ShotAsync(page, shot);
            await page.Context.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task A_report_with_errors_shows_its_cells_coloured_with_the_finding_on_hover()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var browser = chromium.Browser;
        var page = await server.SignInAsync(browser, "tangchuan-zj", "demo-unit-2026");

        await page.ClickAsync("table.list tbody tr a");
        var cell = page.Locator("td.finding-error").First;

        await Assertions.Expect(cell).ToBeVisibleAsync();
        Assert.StartsWith("GK03", await cell.GetAttributeAsync("title"), StringComparison.Ordinal);
        var colour = await cell.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor");
        Assert.Equal("rgb(253, 226, 225)", colour);
        await Assertions.Expect(page.Locator(".findings li")).Not.ToHaveCountAsync(0);
        await BrowserPages.ShotAsync(page, "05-报告详情-有错误.png", fullPage: true);
    }

    [ChromiumFact]
    public async Task A_unit_user_trying_another_units_address_gets_not_found()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var browser = chromium.Browser;
        var admin = await server.SignInAsync(browser, "admin", "demo-admin-2026");
        await admin.FillAsync("input[name=name]", "鹭汀县农业农村局");
        await admin.ClickAsync("form.filters button");
        var other = await admin.Locator("table.list tbody tr a").First.GetAttributeAsync("href");
        var unit = await server.SignInAsync(browser, "tangchuan-zj", "demo-unit-2026");

        var response = await unit.GotoAsync(server.Address + other);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(unit.Locator("h1")).ToHaveTextAsync("未找到");
    }

    [ChromiumFact]
    public async Task The_public_reads_published_reports_without_signing_in()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var browser = chromium.Browser;
        var page = await BrowserPages.OpenAsync(browser);

        await page.GotoAsync($"{server.Address}/public");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("公众查询");
        await Assertions.Expect(page.Locator("table.list tbody tr")).Not.ToHaveCountAsync(0);
        await BrowserPages.ShotAsync(page, "07-公众查询.png");
    }

    [ChromiumFact]
    public async Task The_public_sees_a_regions_statistics_with_charts_and_drills_down_by_link()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await BrowserPages.OpenAsync(chromium.Browser);

        await page.GotoAsync($"{server.Address}/public");
        await page.Locator("#public-subregions a").First.ClickAsync();

        await Assertions.Expect(page.Locator("#stats-title")).ToContainTextAsync("年度统计");
        await Assertions.Expect(page.Locator(".crumbs a")).Not.ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#public-indicators dt")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".chart[data-drawn='true']").First).ToBeVisibleAsync();
        await page.Locator("#stats-title").ScrollIntoViewIfNeededAsync();
        await BrowserPages.ShotAsync(page, "32-公众统计.png");
    }
}
