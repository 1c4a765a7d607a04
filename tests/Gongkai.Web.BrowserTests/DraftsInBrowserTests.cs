using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// 在线填报 in chromium under the application's own CSP: a 填报单位 starts its report, types figures, sees a total update
/// and a rule fire on the marked cell, fixes it and sees the finding go, previews a section's Markdown, saves, submits and
/// downloads the DOCX; axe-core finds no serious or critical violation on the two pages. Screenshots 40 and 41.
/// </summary>
[Collection(DraftsBrowserCollection.Name)]
public sealed class DraftsInBrowserTests(LiveServer server)
{
    private const string Received = "#c-requests-newReceived-naturalPerson";

    [ChromiumFact]
    public async Task A_unit_fills_in_its_report_sees_a_rule_fire_and_go_then_submits_and_downloads_the_docx()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "tangchuan-zj", "demo-unit-2026");
        var failed = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") failed.Add(m.Text); };
        await page.ClickAsync("nav >> text=在线填报");
        await page.FillAsync("#year", "2021");
        await page.ClickAsync("section.draft-start button");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/drafts/\\d+$"));
        var draftPath = new Uri(page.Url).AbsolutePath;

        // Every cell left empty is 0, and what was carried over from 2020 is carried forward: table 三 balances.
        await page.EvaluateAsync(
            """
            () => {
                for (const input of document.querySelectorAll("input[data-cell]:not([readonly])")) {
                    if (input.value === "") input.value = "0";
                }
                for (const input of document.querySelectorAll("input[data-cell^='requests.carriedOver.']")) {
                    const forward = document.getElementById(input.id.replace("carriedOver", "carriedForward"));
                    if (forward && !forward.readOnly) forward.value = input.value;
                }
                document.getElementById("draft-form").dispatchEvent(new Event("input"));
            }
            """);
        await page.FillAsync(Received, "");
        await page.Locator(Received).PressSequentiallyAsync("5");

        // The total updates as the figure is typed, and the balance rule (GK0301) fires on the marked cell.
        await Assertions.Expect(page.Locator("#c-requests-newReceived-total")).ToHaveValueAsync("5");
        var cell = page.Locator($"td:has({Received})");
        await Assertions.Expect(cell).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("finding-error"));
        await Assertions.Expect(page.Locator("#finding-list")).ToContainTextAsync("GK0301");
        await cell.EvaluateAsync("e => e.scrollIntoView({ block: \"center\" })");
        await BrowserPages.ShotAsync(page, "41-在线填报-规则提示.png");

        await page.Locator("#c-requests-granted-naturalPerson").FillAsync("5");
        await Assertions.Expect(cell).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("finding-error"));
        await Assertions.Expect(page.Locator("#finding-list")).Not.ToContainTextAsync("GK0301");
        await Assertions.Expect(page.Locator("#c-requests-total-naturalPerson")).ToHaveValueAsync("5");

        await page.FillAsync("#s-overview", "本年度，本局**依法**推进政府信息公开工作。");
        await Assertions.Expect(page.Locator("[data-preview-for='s-overview'] strong")).ToHaveTextAsync("依法");
        await page.FillAsync("#publishedOn", "2022-01-20");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserPages.ShotAsync(page, "40-在线填报.png");

        await page.ClickAsync("button:has-text('保存草稿')");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("草稿已保存");
        await Assertions.Expect(page.Locator(Received)).ToHaveValueAsync("5");
        await page.ClickAsync("button:has-text('提交报告')");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已提交");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("查看报告");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Word 文档（DOCX）"));
        Assert.EndsWith("（草稿）.docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.True(new FileInfo((await download.PathAsync())!).Length > 1000);
        Assert.Empty(failed);

        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"));
        var checking = await server.SignInAsync(chromium.Browser, "tangchuan-zj", "demo-unit-2026", bypassCsp: true);
        var violations = new List<string>();
        foreach (var path in new[] { "/drafts", draftPath })
        {
            violations.AddRange(await BrowserPages.AccessibilityViolationsAsync(checking, server.Address, path, axe, "tangchuan-zj"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
