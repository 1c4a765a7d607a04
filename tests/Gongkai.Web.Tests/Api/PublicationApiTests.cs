using System.Net;
using System.Text.Json;
using Gongkai.Store;

namespace Gongkai.Web.Tests.Api;

/// <summary>
/// Publishing and withdrawing (撤回) a report through the API and on 报告详情: a 区域管理员 within its region and the
/// 系统管理员 may, a 填报单位 may not (403), a report outside the scope is 404; the public follows; the audit log keeps it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PublicationApiTests(WebAppFixture app)
{
    private const string RegionUser = "luting";
    private const string UnitUser = "tangchuan-zj";

    [Fact]
    public async Task A_region_administrator_withdraws_a_report_of_its_region_the_public_loses_it_and_the_page_publishes_it_again()
    {
        using var region = await app.SignedIn(RegionUser);
        using var anyone = app.Anonymous();
        var id = app.ReportOf("QH-LT-WJ");
        try
        {
            var withdrawn = await Send(region, $"/api/v1/reports/{id}/withdraw");
            var body = JsonDocument.Parse(await withdrawn.Content.ReadAsStringAsync()).RootElement;
            var publicJson = await anyone.GetAsync($"/api/v1/reports/{id}");
            var publicPage = await anyone.GetAsync($"/public/{id}");
            var publicList = await anyone.GetStringAsync("/api/v1/reports?pageSize=100");
            var detail = await region.GetStringAsync($"/reports/{id}");
            var unpublishedList = await region.GetStringAsync("/reports?publication=unpublished");

            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
            Assert.False(body.GetProperty("published").GetBoolean());
            Assert.Equal(HttpStatusCode.NotFound, publicJson.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
            Assert.DoesNotContain($"\"id\":{id},", publicList, StringComparison.Ordinal);
            Assert.Contains("未公开", detail, StringComparison.Ordinal);
            Assert.Contains("value=\"true\">公开</button>", detail, StringComparison.Ordinal);
            Assert.Contains($"/reports/{id}\"", unpublishedList, StringComparison.Ordinal);

            var published = await WebForms.Post(region, $"/reports/{id}", $"/reports/{id}?handler=Publication", new Dictionary<string, string> { ["publish"] = "true" });
            var page = await region.GetStringAsync($"/reports/{id}");

            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
            Assert.Contains("已公开", page, StringComparison.Ordinal);
            Assert.Contains("value=\"false\">撤回</button>", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync($"/public/{id}")).StatusCode);
            using var store = app.OpenStore();
            var log = store.Audit.Latest(50);
            Assert.Contains(log, e => e.Action == "report-withdrawn" && e.Actor == RegionUser && e.Resource == $"report:{id}" && e.Detail!.Contains("已撤回", StringComparison.Ordinal));
            Assert.Contains(log, e => e.Action == "report-published" && e.Actor == RegionUser && e.Resource == $"report:{id}");
        }
        finally
        {
            using var store = app.OpenStore();
            store.SetPublished(id, true, "admin");
        }
    }

    [Fact]
    public async Task A_unit_user_may_not_publish_or_withdraw_even_its_own_report_and_sees_no_button()
    {
        using var unit = await app.SignedIn(UnitUser);
        var id = app.ReportOf("QH-TC-ZJ");

        var response = await Send(unit, $"/api/v1/reports/{id}/withdraw");
        var problem = await response.Content.ReadAsStringAsync();
        var page = await unit.GetStringAsync($"/reports/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只有区域管理员和系统管理员可以公开或撤回报告。", problem, StringComparison.Ordinal);
        Assert.Contains("已公开", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Publication", page, StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.True(store.Reports(new ReportFilter { Scope = AccessScope.All, ReportId = id }).Single().IsPublished);
    }

    [Theory]
    [InlineData(RegionUser, "QH-TC-ZJ")]
    [InlineData(UnitUser, "QH-LT-NY")]
    public async Task Answers_404_for_a_report_outside_the_callers_scope_and_changes_nothing(string user, string unitCode)
    {
        using var client = await app.SignedIn(user);
        var id = app.ReportOf(unitCode);

        var api = await Send(client, $"/api/v1/reports/{id}/withdraw");
        var page = await WebForms.Post(client, "/upload", $"/reports/{id}?handler=Publication", new Dictionary<string, string> { ["publish"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var store = app.OpenStore();
        Assert.True(store.Reports(new ReportFilter { Scope = AccessScope.All, ReportId = id }).Single().IsPublished);
    }

    [Fact]
    public async Task Refuses_a_cookie_session_without_the_antiforgery_token_and_the_public_without_signing_in()
    {
        using var admin = await app.SignedIn("admin");
        using var anyone = app.Anonymous();
        var id = app.ReportOf("QH-LT-NY");

        var forged = await admin.PostAsync($"/api/v1/reports/{id}/withdraw", null);
        var anonymous = await anyone.PostAsync($"/api/v1/reports/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var store = app.OpenStore();
        Assert.True(store.Reports(new ReportFilter { Scope = AccessScope.All, ReportId = id }).Single().IsPublished);
    }

    [Fact]
    public void Names_every_action_of_the_audit_log_in_Chinese()
    {
        var actions = typeof(Gongkai.Web.Auditing.AuditActions).GetFields().Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(actions, a => Assert.True(Gongkai.Web.Auditing.AuditActionNames.All.ContainsKey(a), a));
    }

    // A cookie session posting to the API shows the antiforgery token in the header, as the pages' scripts do.
    private static async Task<HttpResponseMessage> Send(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("RequestVerificationToken", await WebForms.Token(client, "/upload"));
        return await client.SendAsync(request);
    }
}
