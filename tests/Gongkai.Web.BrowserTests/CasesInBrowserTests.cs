using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gongkai.Application.Cases;
using Gongkai.Core.Cases.Clock;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// 依申请公开办理 in chromium under the application's own CSP: a 填报单位 registers an application, sends a 补正告知书,
/// records the supplement, extends by 15 working days with the approver and answers 部分公开, the due date shown moving
/// as the clock says at each step, and downloads the answer letter; a 区域管理员 sees the overdue statistics of its
/// region. axe-core finds no serious or critical violation on the new pages. Screenshots 50–55.
/// </summary>
[Collection(CasesBrowserCollection.Name)]
public sealed partial class CasesInBrowserTests(LiveServer server)
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [ChromiumFact]
    public async Task A_unit_registers_a_case_through_correction_and_extension_to_an_answer_letter()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await server.SignInAsync(chromium.Browser, "tangchuan-zj", "demo-unit-2026");
        var failed = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") failed.Add(m.Text); };
        var received = CaseToday.Now().AddDays(-40);

        await page.ClickAsync("nav >> text=办理台账");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("依申请公开办理台账");
        await Assertions.Expect(page.Locator(".reminders li").First).ToBeVisibleAsync();
        await BrowserPages.ShotAsync(page, "50-办理台账.png");

        await page.ClickAsync("text=登记申请");
        await page.FillAsync("#Form_ApplicantName", "冯某某");
        await page.FillAsync("#Form_Contact", "139****0099");
        await page.SelectOptionAsync("#channel", "InPerson");
        await page.FillAsync("#Form_Arrived", Day(received));
        await page.FillAsync("#Form_Content", "棠川县2025年城镇老旧小区改造计划及资金安排文件。");
        await Assertions.Expect(page.Locator("#channel-rules li[data-channel='InPerson']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#channel-rules li[data-channel='Email']")).ToBeHiddenAsync();
        await BrowserPages.ShotAsync(page, "51-登记申请.png", fullPage: true);
        await page.ClickAsync("form.case-form button[type=submit]");

        await page.WaitForURLAsync(new Regex("/cases/detail\\?id="));
        var detailPath = new Uri(page.Url).PathAndQuery;
        var number = NumberInTitle().Match(await page.Locator("h1").InnerTextAsync()).Groups[1].Value;
        await Assertions.Expect(page.Locator("#due")).ToHaveTextAsync(Day(WorkingDays.Add(received, 20, Calendar)));
        await Assertions.Expect(page.Locator("#deadline-explanation")).ToContainTextAsync("收到申请当日不计入");
        await Assertions.Expect(page.Locator("#letters")).ToContainTextAsync("受理回执");
        await page.Locator("#clock").ScrollIntoViewIfNeededAsync();
        await BrowserPages.ShotAsync(page, "52-申请详情-期限说明.png");

        // 补正 (art. 30): the notice with its letter; the answer period then runs from the supplement's receipt.
        await Step(page, "CorrectionRequested", received.AddDays(2), async form =>
        {
            await form.Locator("textarea[name='step.Items']").FillAsync("请写明所需文件的文号或者发文机关。");
            await form.Locator("input[name='step.SupplementDue']").FillAsync(Day(received.AddDays(16)));
        });
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("补正告知书");
        await Assertions.Expect(page.Locator("#letters")).ToContainTextAsync("补正告知书");

        var supplied = received.AddDays(6);
        await Step(page, "CorrectionSupplied", supplied, _ => Task.CompletedTask);
        await Assertions.Expect(page.Locator("#due")).ToHaveTextAsync(Day(WorkingDays.Add(supplied, 20, Calendar)));

        // 延期 (art. 33): 15 working days more, approved by the head of the office.
        await Step(page, "Extended", received.AddDays(10), async form =>
        {
            await form.Locator("input[name='step.WorkingDays']").FillAsync("15");
            await form.Locator("input[name='step.ApprovedBy']").FillAsync("赵某某");
            await form.Locator("textarea[name='step.Reason']").FillAsync("需调取多个年度的档案核对。");
        });
        await Assertions.Expect(page.Locator("#due")).ToHaveTextAsync(Day(WorkingDays.Add(supplied, 35, Calendar)));
        await Assertions.Expect(page.Locator("#deadline-explanation")).ToContainTextAsync("延长答复期限：15 个工作日");
        await Assertions.Expect(page.Locator("#letters")).ToContainTextAsync("延期答复告知书");
        await page.Locator("#timeline").ScrollIntoViewIfNeededAsync();
        await BrowserPages.ShotAsync(page, "53-申请详情-补正与延期.png");

        // 答复: 部分公开, its basis prefilled from the outcome chosen.
        await Step(page, "Decided", received.AddDays(12), async form =>
        {
            await form.Locator("select[name='step.Outcome']").SelectOptionAsync("PartiallyGranted");
            await Assertions.Expect(form.Locator("input[name='step.Basis']")).ToHaveValueAsync(new Regex("第三十七条"));
            await form.Locator("textarea[name='step.Reason']").FillAsync("申请的信息中含有个人隐私，作区分处理。");
        });
        await Assertions.Expect(page.Locator("#case-facts")).ToContainTextAsync("部分公开");
        var answer = page.Locator("#letters tbody tr").Last;
        await Assertions.Expect(answer).ToContainTextAsync("部分公开");

        var download = await page.RunAndWaitForDownloadAsync(() => answer.Locator("text=Word 文档（DOCX）").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(number, DocumentText((await download.PathAsync())!), StringComparison.Ordinal);
        Assert.Empty(failed);

        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"));
        var checking = await server.SignInAsync(chromium.Browser, "tangchuan-zj", "demo-unit-2026", bypassCsp: true);
        var violations = new List<string>();
        foreach (var path in new[] { "/cases", "/cases/new", detailPath, "/cases/profile" })
        {
            violations.AddRange(await BrowserPages.AccessibilityViolationsAsync(checking, server.Address, path, axe, "tangchuan-zj"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [ChromiumFact]
    public async Task A_region_administrator_sees_the_overdue_statistics_of_its_region_and_a_unit_its_letter_settings()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"));
        var region = await server.SignInAsync(chromium.Browser, "luting", "demo-luting-2026", bypassCsp: true);

        await region.ClickAsync("nav >> text=逾期统计");
        var table = region.Locator("#overdue");
        await Assertions.Expect(table).ToContainTextAsync("鹭汀县农业农村局");
        await Assertions.Expect(table).Not.ToContainTextAsync("棠川县");
        await Assertions.Expect(table.Locator(".days-overdue").First).ToBeVisibleAsync();
        await BrowserPages.ShotAsync(region, "54-逾期统计-区域管理员.png");
        var violations = (await BrowserPages.AccessibilityViolationsAsync(region, server.Address, "/cases/overdue", axe, "luting")).ToList();

        var unit = await server.SignInAsync(chromium.Browser, "tangchuan-zj", "demo-unit-2026");
        await unit.GotoAsync($"{server.Address}/cases/profile");
        await unit.FillAsync("#Form_ReconsiderationBody", "棠川县人民政府");
        await unit.FillAsync("#Form_Court", "棠川县人民法院");
        await unit.FillAsync("#Form_Telephone", "0871-6000010");
        await unit.ClickAsync("form.case-form button[type=submit]");
        await Assertions.Expect(unit.Locator(".notice")).ToContainTextAsync("文书设置已保存");
        await BrowserPages.ShotAsync(unit, "55-文书设置.png", fullPage: true);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    // Opens the step's form on 申请详情, fills its date and fields, records it and waits for the page to come back.
    private static async Task Step(IPage page, string kind, DateOnly date, Func<ILocator, Task> fill)
    {
        var panel = page.Locator($"#step-{kind}");
        if (await panel.GetAttributeAsync("open") is null)
        {
            await panel.Locator("summary").ClickAsync();
        }

        var form = panel.Locator("form");
        await form.Locator("input[name='step.Date']").FillAsync(Day(date));
        await fill(form);
        // The page posted is replaced by the one the redirect brings: wait until the marker set on the old one is gone.
        await page.EvaluateAsync("() => { window.stepPosted = true; }");
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForFunctionAsync("() => !window.stepPosted && document.readyState === 'complete'");
        var problems = page.Locator("#step-problems");
        if (await problems.CountAsync() > 0)
        {
            Assert.Fail($"{kind} 未保存：{await problems.InnerTextAsync()}");
        }
    }

    private static string DocumentText(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Concat(XDocument.Load(stream).Descendants(w + "t").Select(t => t.Value));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("申请 (\\S+?)（")]
    private static partial Regex NumberInTitle();
}
