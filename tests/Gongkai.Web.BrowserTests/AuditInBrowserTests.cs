using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// 审核 and 报告详情's review in chromium: a region administrator assigns a finding and downloads the workbook; a unit
/// dismisses a finding with a reason and reads the rule's explanation; screenshots in docs/screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditInBrowserTests(LiveServer server)
{
    [ChromiumFact]
    public async Task A_region_administrator_assigns_a_finding_finds_it_under_mine_and_downloads_the_workbook()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "luting", "demo-luting-2026");
        await page.ClickAsync("nav >> text=审核");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("审核");
        var first = page.Locator("table.worklist tbody tr").First;

        await first.Locator("input[name=assignee]").FillAsync("luting");
        await first.Locator("button[value=assign]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("指派给 luting");
        await page.SelectOptionAsync("select[name=Filter]", "mine");
        await page.ClickAsync("form.filters button");

        await Assertions.Expect(page.Locator("table.worklist tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.worklist")).ToContainTextAsync("指派给 luting");
        await BrowserPages.ShotAsync(page, "30-审核-区域管理员.png", fullPage: true);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=下载审核工作簿（XLSX）"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task A_unit_dismisses_a_finding_with_a_reason_and_sees_the_rule_and_the_version_history()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "tangchuan-zj", "demo-unit-2026");
        await page.ClickAsync("table.list tbody tr a");
        var finding = page.Locator("ol.reviewed > li.review-open").First;
        var code = (await finding.Locator("strong").First.InnerTextAsync()).Split(' ')[0];

        await finding.Locator("details summary").ClickAsync();
        await Assertions.Expect(finding.Locator("details")).ToContainTextAsync("依据：");
        await finding.Locator("button[value=dismiss]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("驳回问题须填写理由");
        finding = page.Locator("ol.reviewed > li.review-open").First;
        await finding.Locator("input[name=note]").FillAsync("经核对原件，此处印刷无误");
        await finding.Locator("button[value=dismiss]").ClickAsync();

        var dismissed = page.Locator("ol.reviewed > li.review-dismissed", new() { HasText = code });
        await Assertions.Expect(dismissed).ToContainTextAsync("已驳回");
        await Assertions.Expect(dismissed).ToContainTextAsync("驳回理由：经核对原件，此处印刷无误");
        await Assertions.Expect(page.Locator("section.versions")).ToContainTextAsync("第 1 版");
        await dismissed.Locator("details summary").ClickAsync();
        await BrowserPages.ShotAsync(page, "31-报告详情-审核与版本.png", fullPage: true);
    }
}
