using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Store.Reviews;

namespace Gongkai.Web.Tests.Api;

/// <summary>
/// Reviewing findings through /api/v1 (the same ReviewFinding use case as the pages): each action, its refusals in
/// Chinese, the audit log, and scope — a unit user's token cannot review another unit's finding (404, nothing changed).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewsApiTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";
    private const string Unit = "QH-TC-ZJ";

    // The pages' tests review GK0601 and GK0303 of this report; these tests take another finding and reopen it after.
    private static readonly string[] TakenElsewhere = ["GK0601", "GK0303"];

    [Fact]
    public async Task A_unit_users_token_confirms_dismisses_assigns_resolves_and_reopens_its_own_units_finding()
    {
        using var client = app.Bearer(await NewToken(UnitUser));
        var id = app.ReportOf(Unit);
        var key = await OwnFinding(client, id);
        var path = $"/api/v1/reports/{id}/findings/{key}";
        try
        {
            var confirmed = await client.PostAsJsonAsync($"{path}/confirm", new { note = "核实无误" });
            var noReason = await client.PostAsJsonAsync($"{path}/dismiss", new { note = " " });
            var dismissed = await client.PostAsJsonAsync($"{path}/dismiss", new { note = "口径不同，不是错误" });
            var assigned = await client.PostAsJsonAsync($"{path}/assign", new { assignee = UnitUser });
            var noNote = await client.PostAsync($"{path}/resolve", null);
            var resolved = await client.PostAsJsonAsync($"{path}/resolve", new { note = "已更正并重新公开" });
            var unknown = await client.PostAsync($"{path}/approve", null);

            Assert.Equal("已确认", await Status(confirmed));
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("驳回问题须填写理由。", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("已驳回", await Status(dismissed));
            var assignedBody = await Body(assigned);
            Assert.Equal(UnitUser, assignedBody.GetProperty("assignee").GetString());
            Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
            Assert.Contains("标记已解决须填写处理说明。", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("已解决", await Status(resolved));
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Contains("操作只能是", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("待处理", await Status(await client.PostAsync($"{path}/reopen", null)));
            using var store = app.OpenStore();
            Assert.Contains(store.Audit.Latest(50), e => e.Action == "finding-review" && e.Actor == UnitUser && e.Resource == $"report:{id}"
                && e.Detail!.Contains("驳回，理由：口径不同，不是错误", StringComparison.Ordinal));
        }
        finally
        {
            await client.PostAsync($"{path}/reopen", null);
        }
    }

    [Fact]
    public async Task A_unit_users_token_cannot_review_another_units_finding_by_report_or_by_audit()
    {
        using var admin = await app.SignedIn("admin");
        using var client = app.Bearer(await NewToken(UnitUser));
        var other = app.ReportOf("QH-LT-NY");
        var otherKey = (await Json(admin, $"/api/v1/reports/{other}/findings")).EnumerateArray().First().GetProperty("key").GetString()!;
        var auditKey = (await Json(admin, "/api/v1/audits?year=2020")).GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("unitCode").GetString() is { } c && c != Unit).GetProperty("key").GetString()!;

        var byReport = await client.PostAsJsonAsync($"/api/v1/reports/{other}/findings/{otherKey}/dismiss", new { note = "不是问题" });
        var ownReportOtherKey = await client.PostAsJsonAsync($"/api/v1/reports/{app.ReportOf(Unit)}/findings/{otherKey}/dismiss", new { note = "不是问题" });
        var byAudit = await client.PostAsJsonAsync($"/api/v1/audits/findings/{auditKey}/confirm?year=2020", new { });

        Assert.Equal(HttpStatusCode.NotFound, byReport.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ownReportOtherKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAudit.StatusCode);
        Assert.Contains("没有找到这个问题，或您无权处理。", await byAudit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.Null(store.Reviews.Find(otherKey));
        Assert.Null(store.Reviews.Find(auditKey));
    }

    [Fact]
    public async Task An_administrator_assigns_an_audit_finding_through_the_audit_and_needs_the_year()
    {
        using var admin = await app.SignedIn("admin");
        using var client = app.Bearer(await NewToken("admin"));
        // The last such finding: the pages' tests take the first ones of other units and expect them never reviewed.
        var finding = (await Json(admin, "/api/v1/audits?year=2020")).GetProperty("findings").EnumerateArray()
            .Last(f => f.GetProperty("source").GetString() != "报告本身" && f.GetProperty("status").GetString() == "待处理");
        var key = finding.GetProperty("key").GetString()!;
        try
        {
            var noYear = await client.PostAsJsonAsync($"/api/v1/audits/findings/{key}/assign", new { assignee = "admin" });
            var assigned = await client.PostAsJsonAsync($"/api/v1/audits/findings/{key}/assign?year=2020", new { assignee = "admin" });

            Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode);
            Assert.Contains("year", await noYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("admin", (await Body(assigned)).GetProperty("assignee").GetString());
            using var store = app.OpenStore();
            Assert.Equal("admin", store.Reviews.Find(key)?.Assignee);
            Assert.Contains(store.Audit.Latest(50), e => e.Action == "finding-review" && e.Resource == "finding:" + key);
        }
        finally
        {
            await client.PostAsJsonAsync($"/api/v1/audits/findings/{key}/assign?year=2020", new { assignee = (string?)null });
        }
    }

    [Fact]
    public async Task Refuses_a_cookie_session_without_the_antiforgery_token_and_the_public()
    {
        using var unit = await app.SignedIn(UnitUser);
        using var anyone = app.Anonymous();
        var id = app.ReportOf(Unit);
        var key = await OwnFinding(unit, id);

        var forged = await unit.PostAsJsonAsync($"/api/v1/reports/{id}/findings/{key}/confirm", new { });
        var anonymous = await anyone.PostAsJsonAsync($"/api/v1/reports/{id}/findings/{key}/confirm", new { });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var store = app.OpenStore();
        Assert.NotEqual(ReviewStatus.Confirmed, store.Reviews.Find(key)?.Status);
    }

    private async Task<string> OwnFinding(HttpClient client, long id) =>
        (await Json(client, $"/api/v1/reports/{id}/findings")).EnumerateArray()
            .Last(f => !TakenElsewhere.Contains(f.GetProperty("code").GetString())).GetProperty("key").GetString()!;

    private async Task<string> NewToken(string user)
    {
        using var client = await app.SignedIn(user);
        return await WebForms.NewAccessToken(client, "审核接口", days: 1);
    }

    private static async Task<JsonElement> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<string?> Status(HttpResponseMessage response) => (await Body(response)).GetProperty("status").GetString();

    private static async Task<JsonElement> Json(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
