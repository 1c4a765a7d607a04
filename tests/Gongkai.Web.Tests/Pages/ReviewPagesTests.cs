using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Store.Reviews;
using Gongkai.Testing;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 审核 and 报告详情's review: assign, confirm, dismiss with a reason, resolve; each change in the audit log; and a
/// user reaches only the findings in its scope (a key from another unit is 404 and changes nothing).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewPagesTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";
    private const string Unit = "QH-TC-ZJ";

    [Fact]
    public async Task A_unit_user_cannot_review_or_assign_another_units_finding()
    {
        using var admin = await app.SignedIn("admin");
        using var unit = await app.SignedIn(UnitUser);
        var other = await AuditKey(admin, 2020, f => f.GetProperty("unitCode").GetString() is { } c && c != Unit);
        var otherReport = app.ReportOf("QH-LT-NY");
        var otherFinding = (await Findings(admin, otherReport))[0];

        var assign = await Post(unit, "/audit?handler=Review&Year=2020", ("key", other), ("action", "assign"), ("assignee", UnitUser));
        var dismiss = await Post(unit, $"/reports/{otherReport}?handler=Review", ("key", otherFinding), ("action", "dismiss"), ("note", "不是问题"));

        Assert.Equal(HttpStatusCode.NotFound, assign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, dismiss.StatusCode);
        using var store = app.OpenStore();
        Assert.Null(store.Reviews.Find(other));
        Assert.Null(store.Reviews.Find(otherFinding));
    }

    [Fact]
    public async Task A_region_administrator_cannot_review_a_finding_outside_its_region()
    {
        using var admin = await app.SignedIn("admin");
        using var region = await app.SignedIn("luting");
        var key = (await Findings(admin, app.ReportOf(Unit)))[0];

        var response = await Post(region, $"/reports/{app.ReportOf(Unit)}?handler=Review", ("key", key), ("action", "confirm"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dismissing_needs_a_reason_and_shows_the_finding_as_dismissed_with_it_and_logs_it()
    {
        using var unit = await app.SignedIn(UnitUser);
        var id = app.ReportOf(Unit);
        var key = await FindingKey(unit, id, "GK0601");

        var refused = await Post(unit, $"/reports/{id}?handler=Review", ("key", key), ("action", "dismiss"), ("note", " "));
        var refusedPage = await unit.GetStringAsync($"/reports/{id}");
        var dismissed = await Post(unit, $"/reports/{id}?handler=Review", ("key", key), ("action", "dismiss"), ("note", "落款日期印错，实际于1月20日公布"));
        var page = await unit.GetStringAsync($"/reports/{id}");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("驳回问题须填写理由。", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Contains("已驳回", page, StringComparison.Ordinal);
        Assert.Contains("驳回理由：落款日期印错，实际于1月20日公布", page, StringComparison.Ordinal);
        using var store = app.OpenStore();
        var review = store.Reviews.Find(key);
        Assert.Equal(ReviewStatus.Dismissed, review?.Status);
        Assert.Equal(UnitUser, review?.UpdatedBy);
        Assert.Contains(store.Audit.Latest(50), e => e.Action == "finding-review" && e.Actor == UnitUser && e.Detail!.Contains("GK0601 驳回，理由：落款日期印错", StringComparison.Ordinal));
        // The audit's work list shares the review: the same finding is closed there.
        var audit = await Json(unit, "/api/v1/audits?year=2020&filter=closed");
        Assert.Contains(audit.GetProperty("findings").EnumerateArray(), f => f.GetProperty("key").GetString() == key && f.GetProperty("status").GetString() == "已驳回");
    }

    [Fact]
    public async Task Assigns_a_finding_and_the_assignee_finds_it_under_mine_then_resolves_it_with_a_note()
    {
        using var admin = await app.SignedIn("admin");
        using var unit = await app.SignedIn(UnitUser);
        var key = await FindingKey(unit, app.ReportOf(Unit), "GK0303");

        var unknown = await Post(admin, "/audit?handler=Review&Year=2020", ("key", key), ("action", "assign"), ("assignee", "no-such-user"));
        var unknownPage = await admin.GetStringAsync("/audit?Year=2020");
        var assigned = await Post(admin, "/audit?handler=Review&Year=2020", ("key", key), ("action", "assign"), ("assignee", UnitUser));
        var mine = await unit.GetStringAsync("/audit?Year=2020&Filter=mine");
        var resolved = await Post(unit, "/audit?handler=Review&Year=2020", ("key", key), ("action", "resolve"), ("note", "已更正表三总计并重新发布"));
        var open = await Json(unit, "/api/v1/audits?year=2020&filter=open");

        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Contains("没有名为“no-such-user”的账户。", unknownPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains($"指派给 {UnitUser}", mine, StringComparison.Ordinal);
        Assert.Contains(key, mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.DoesNotContain(open.GetProperty("findings").EnumerateArray(), f => f.GetProperty("key").GetString() == key);
        using var store = app.OpenStore();
        var review = store.Reviews.Find(key)!;
        Assert.Equal((ReviewStatus.Resolved, UnitUser, "已更正表三总计并重新发布"), (review.Status, review.Assignee, review.Note));
        Assert.Contains(store.Audit.Latest(50), e => e.Action == "finding-review" && e.Actor == "admin" && e.Detail!.Contains($"GK0303 指派给 {UnitUser}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_to_assign_a_finding_to_an_account_that_cannot_see_it()
    {
        using var admin = await app.SignedIn("admin");
        var key = await AuditKey(admin, 2020, f => f.GetProperty("unitCode").GetString() == Unit);

        var response = await Post(admin, "/audit?handler=Review&Year=2020", ("key", key), ("action", "assign"), ("assignee", "luting"));
        var page = await admin.GetStringAsync("/audit?Year=2020");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("账户“luting”的权限范围不包括棠川县住房和城乡建设局，不能指派给它。", page, StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.NotEqual("luting", store.Reviews.Find(key)?.Assignee);
    }

    [Fact]
    public async Task The_detail_page_explains_each_rule_and_offers_docx_and_html()
    {
        using var unit = await app.SignedIn(UnitUser);

        var page = await unit.GetStringAsync($"/reports/{app.ReportOf(Unit)}");

        Assert.Contains("表三各行：总计等于六类申请人之和", page, StringComparison.Ordinal);
        Assert.Contains("依据：《中华人民共和国政府信息公开工作年度报告格式》", page, StringComparison.Ordinal);
        Assert.Contains("/rendered/docx", page, StringComparison.Ordinal);
        Assert.Contains("/rendered/html", page, StringComparison.Ordinal);
        Assert.Contains("版本历史", page, StringComparison.Ordinal);
        Assert.Contains("第 1 版", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/{0}")]
    [InlineData("/audit?Year=2020")]
    public async Task Every_review_form_carries_the_antiforgery_token(string path)
    {
        using var unit = await app.SignedIn(UnitUser);

        var page = await unit.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, app.ReportOf(Unit)));

        var forms = Regex.Matches(page, "<form[^>]*class=\"review\"[^>]*>.*?</form>", RegexOptions.Singleline);
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Contains("name=\"__RequestVerificationToken\"", f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_version_history_lists_the_cells_a_new_version_changed()
    {
        using var admin = await app.SignedIn("admin");
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"));
        // 行政规范性文件: 制发 4, 废止 2, 现行有效 27 → 28 (still clean).
        var changed = text.Replace("\t4\n\t2\n\t27\n", "\t4\n\t2\n\t28\n", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);

        var upload = await WebForms.Upload(admin, "/upload", ("自然资源局-更正.txt", Encoding.UTF8.GetBytes(changed)));
        var page = await admin.GetStringAsync($"/reports/{app.ReportOf("QH-ZR")}");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("第 2 版", page, StringComparison.Ordinal);
        Assert.Contains("与第 1 版相比改动的单元格（1 个）", page, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">27</td>\s*<td class=""num"">28</td>", page);
    }

    private static async Task<string[]> Findings(HttpClient client, long id) =>
        [.. (await Json(client, $"/api/v1/reports/{id}/findings")).EnumerateArray().Select(f => f.GetProperty("key").GetString()!)];

    private static async Task<string> FindingKey(HttpClient client, long id, string code) =>
        (await Json(client, $"/api/v1/reports/{id}/findings")).EnumerateArray().First(f => f.GetProperty("code").GetString() == code).GetProperty("key").GetString()!;

    private static async Task<string> AuditKey(HttpClient client, int year, Func<JsonElement, bool> which) =>
        (await Json(client, $"/api/v1/audits?year={year}")).GetProperty("findings").EnumerateArray().First(which).GetProperty("key").GetString()!;

    private static async Task<HttpResponseMessage> Post(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var token = await WebForms.Token(client, "/upload");
        var form = fields.ToDictionary(f => f.Name, f => f.Value);
        form["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    private static async Task<JsonElement> Json(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
