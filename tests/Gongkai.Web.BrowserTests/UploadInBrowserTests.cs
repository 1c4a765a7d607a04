using Gongkai.Testing;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// 上传 in chromium: files chosen and sent, or dropped on the drop zone (files and a ZIP archive), each uploaded with
/// its own progress bar and its result lines shown as they arrive. Screenshots in docs/screenshots/.
/// </summary>
[Collection(UploadCollection.Name)]
public sealed class UploadInBrowserTests(LiveServer server)
{
    [ChromiumFact]
    public async Task Uploads_the_files_chosen_each_with_its_progress_and_result()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var browser = chromium.Browser;
        var page = await server.SignInAsync(browser, "admin", "demo-admin-2026");
        await page.GotoAsync($"{server.Address}/upload");

        await page.SetInputFilesAsync("#files", [Path.Combine(RepositoryRoot.Samples, "s06-md-2019-clean.txt"), Path.Combine(RepositoryRoot.Samples, "README.md")]);
        // The browser's own file input speaks the browser's language; ours names the choice in Chinese.
        await Assertions.Expect(page.Locator("form.upload .file-chosen")).ToHaveTextAsync("已选择 2 个文件：s06-md-2019-clean.txt、README.md");
        await page.ClickAsync("form.upload button[type=submit]");

        await Assertions.Expect(page.Locator(".upload-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".upload-item .upload-results li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#upload-queue")).ToContainTextAsync("重复");
        await Assertions.Expect(page.Locator("#upload-queue")).ToContainTextAsync("无法读取");
        foreach (var bar in await page.Locator(".upload-item progress").AllAsync())
        {
            Assert.Equal("100", await bar.GetAttributeAsync("value"));
        }

        await BrowserPages.ShotAsync(page, "06-上传结果.png", fullPage: true);
    }

    [ChromiumFact]
    public async Task Dropping_files_and_a_zip_uploads_each_with_its_own_progress_and_a_line_per_file()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var browser = chromium.Browser;
        var page = await server.SignInAsync(browser, "admin", "demo-admin-2026");
        await page.GotoAsync($"{server.Address}/upload");
        var sample = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"));
        // A report of an agency the registry does not hold (fictional), and an archive with a report, a note and a hostile name.
        var unknown = System.Text.Encoding.UTF8.GetBytes(sample.Replace("青禾市自然资源和规划局", "青禾市虚构气象服务中心", StringComparison.Ordinal));
        var archive = ZipFiles.Of(("2021/自然资源.txt", System.Text.Encoding.UTF8.GetBytes(sample)), ("说明.txt", System.Text.Encoding.UTF8.GetBytes("这不是年度报告。")), ("../逃逸.txt", unknown));
        var files = new[]
        {
            new { name = "气象服务中心.txt", b64 = Convert.ToBase64String(unknown) },
            new { name = "年报.zip", b64 = Convert.ToBase64String(archive) },
            new { name = "README.md", b64 = Convert.ToBase64String(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "README.md"))) },
        };
        var transfer = await page.EvaluateHandleAsync(
            "files => { const t = new DataTransfer(); for (const f of files) { t.items.add(new File([Uint8Array.from(atob(f.b64), c => c.charCodeAt(0))], f.name)); } return t; }",
            files);

        await page.DispatchEventAsync("#drop-zone", "dragenter", new { dataTransfer = transfer });
        await Assertions.Expect(page.Locator("#drop-zone.dragging")).ToBeVisibleAsync();
        await page.DispatchEventAsync("#drop-zone", "drop", new { dataTransfer = transfer });

        await Assertions.Expect(page.Locator(".upload-item")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".upload-item.done")).ToHaveCountAsync(3);
        var zip = page.Locator(".upload-item").Filter(new LocatorFilterOptions { HasText = "年报.zip" });
        await Assertions.Expect(zip.Locator(".upload-results li")).ToHaveCountAsync(3);
        await Assertions.Expect(zip).ToContainTextAsync("重复");
        await Assertions.Expect(zip).ToContainTextAsync("路径不安全");
        var unlinked = page.Locator(".upload-item").Filter(new LocatorFilterOptions { HasText = "气象服务中心.txt" });
        await Assertions.Expect(unlinked).ToContainTextAsync("已入库");
        await Assertions.Expect(unlinked).ToContainTextAsync("待确认单位");
        await Assertions.Expect(unlinked.Locator("a[href^='/admin/unlinked?report=']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".upload-item").Filter(new LocatorFilterOptions { HasText = "README.md" })).ToContainTextAsync("无法读取");
        foreach (var bar in await page.Locator(".upload-item progress").AllAsync())
        {
            Assert.Equal("100", await bar.GetAttributeAsync("value"));
        }

        await BrowserPages.ShotAsync(page, "27-上传-拖放.png", fullPage: true);
    }
}
