using System.Text.Json;
using Gongkai.Testing;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// What every browser test does the same way: a page at the screenshots' size and locale, signing in through the
/// login form, and saving a screenshot into <c>docs/screenshots</c> (the README shows them).
/// </summary>
internal static class BrowserPages
{
    private static readonly string ScreenshotFolder = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");

    /// <summary>
    /// A fresh context (no cookies) with one page. <paramref name="bypassCsp"/> only for tests that inject axe-core,
    /// which the application's own policy rightly refuses.
    /// </summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            AcceptDownloads = true,
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the form and waits for the report list, failing with where the browser stopped.</summary>
    public static async Task<IPage> SignInAsync(
        this LiveServer server, IBrowser browser, string user, string password, string? screenshot = null, bool bypassCsp = false)
    {
        var page = await OpenAsync(browser, bypassCsp);
        await page.GotoAsync($"{server.Address}/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }

        await page.ClickAsync("form.login button");
        try
        {
            await page.WaitForURLAsync($"{server.Address}/reports", new PageWaitForURLOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            // Say where the sign-in ended, what the page said and what the server printed, instead of a bare timeout.
            Assert.Fail($"{user} 登录后未进入报告列表：停在 {page.Url}，页面内容：{await page.Locator("main").InnerTextAsync()}\n服务器输出：{server.Output}");
        }

        return page;
    }

    public static async Task ShotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = fullPage });
    }

    /// <summary>The path as the signed-in role sees it, with axe-core run in it: its serious and critical violations, one line each.</summary>
    /// <remarks>The page's context must bypass the CSP (<see cref="OpenAsync"/>) so that the test can inject axe-core.</remarks>
    public static async Task<IEnumerable<string>> AccessibilityViolationsAsync(IPage page, string address, string path, string axe, string role)
    {
        var response = await page.GotoAsync(address + path);
        Assert.True(response!.Ok, $"{role} {path}: {response.Status}");
        if (path == "/api-docs")
        {
            await page.Locator("#swagger-ui .info").WaitForAsync();
        }

        await page.EvaluateAsync(axe);
        // Swagger UI's own markup (nested controls, an unlabelled server list, its grey version stamp) is the vendored
        // widget's, not ours: on /api-docs the page around it is checked, the widget is excluded.
        var context = path == "/api-docs" ? "{ exclude: [['#swagger-ui']] }" : "document";
        var json = await page.EvaluateAsync<JsonElement>(
            $"async () => (await axe.run({context}, {{ resultTypes: ['violations'] }})).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        return json.EnumerateArray().Select(v =>
            $"{role} {path}: {v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()} at {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}").ToList();
    }
}
