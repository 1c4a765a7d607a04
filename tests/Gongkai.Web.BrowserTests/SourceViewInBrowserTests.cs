using Gongkai.Testing;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// 查看原文 in chromium: a number of a real PDF report (uploaded from the shared corpus, used in place) opens its page
/// drawn by PDF.js with the number's box marked; a number of a text sample shows its line marked. Screenshots in
/// docs/screenshots/.
/// </summary>
[Collection(SourceViewCollection.Name)]
public sealed class SourceViewInBrowserTests(LiveServer server)
{
    [ChromiumFact]
    public async Task Clicking_a_number_of_an_uploaded_corpus_pdf_shows_its_box_on_the_drawn_page()
    {
        var pdf = SharedCorpus.Root is { } corpus ? Directory.GetFiles(Path.Combine(corpus, "raw"), "*.pdf").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (pdf is null)
        {
            return; // No shared corpus (or no PDF in it) on this machine: nothing to upload.
        }

        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "admin", "demo-admin-2026");
        var offHost = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.Address, StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                offHost.Add(request.Url);
            }
        };
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync($"{server.Address}/upload");
        await page.SetInputFilesAsync("#files", [pdf]);
        await page.ClickAsync("form.upload button[type=submit]");
        await page.ClickAsync(".upload-results a[href^='/reports/']");

        var number = page.Locator("a.source-link").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$") }).First;
        var text = (await number.TextContentAsync())!.Trim();
        await number.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("查看原文");
        await Assertions.Expect(page.Locator(".source-raw")).ToHaveTextAsync(text);
        var box = page.Locator(".pdf-box");
        await Assertions.Expect(box).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".pdf-status")).ToContainTextAsync("红框处为该数值");
        var canvas = await page.Locator(".pdf-page canvas").BoundingBoxAsync();
        var marked = await box.BoundingBoxAsync();
        Assert.NotNull(canvas);
        Assert.NotNull(marked);
        Assert.InRange(marked.Width, 4, canvas.Width);
        Assert.InRange(marked.X, canvas.X - 4, canvas.X + canvas.Width);
        Assert.InRange(marked.Y, canvas.Y - 4, canvas.Y + canvas.Height);
        Assert.True(await page.Locator(".pdf-page canvas").EvaluateAsync<bool>("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 0; i < d.length; i += 4) { if (d[i] < 128) return true; } return false; }"), "页面没有画出内容");
        Assert.Empty(offHost);
        Assert.Empty(errors);
        await BrowserPages.ShotAsync(page, "12-查看原文-PDF.png", fullPage: true);
    }

    [ChromiumFact]
    public async Task Clicking_a_number_of_a_text_report_shows_its_line_marked()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "admin", "demo-admin-2026");
        await page.GotoAsync($"{server.Address}/reports?name=棠川县住房");
        await page.ClickAsync("table.list tbody tr a");

        var number = page.Locator("a.source-link").First;
        var text = (await number.TextContentAsync())!.Trim();
        await number.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("查看原文");
        var mark = page.Locator("#source-mark mark.source-cell");
        await Assertions.Expect(mark).ToHaveTextAsync(text);
        await Assertions.Expect(mark).ToBeInViewportAsync();
        await BrowserPages.ShotAsync(page, "13-查看原文-文本.png");
    }
}
