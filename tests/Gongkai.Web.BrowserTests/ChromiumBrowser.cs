using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>Playwright's driver and Debian's chromium, closed together.</summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Debian's chromium by its path: Playwright never downloads a browser here.
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Executable, Headless = true, Args = ["--no-sandbox"] });
            return new ChromiumBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
