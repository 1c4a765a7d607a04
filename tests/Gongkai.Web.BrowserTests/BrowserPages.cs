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
}
