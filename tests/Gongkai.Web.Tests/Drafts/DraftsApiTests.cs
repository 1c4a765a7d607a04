using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Store;
using Gongkai.Store.Accounts;

namespace Gongkai.Web.Tests.Drafts;

/// <summary>
/// 在线填报 over HTTP: a 填报单位 starts, checks, saves and submits its own unit's draft; another unit's draft is 404 on
/// every page and endpoint, whatever id is tried; a stale save is 409; the Markdown preview passes no raw HTML.
/// </summary>
[Collection(DraftsCollection.Name)]
public sealed class DraftsApiTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";
    private const string RegionUser = "luting";

    [Fact]
    public async Task A_unit_starts_its_own_report_on_the_page_and_sees_the_grids_with_last_years_values()
    {
        using var client = await app.SignedIn(UnitUser);

        var started = await WebForms.Post(client, "/drafts", "/drafts?handler=Start", new Dictionary<string, string> { ["unitCode"] = "QH-TC-ZJ", ["year"] = "2021" });

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var page = await client.GetStringAsync(started.Headers.Location);
        Assert.Contains("name=\"c.requests.newReceived.naturalPerson\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"total\" readonly", page, StringComparison.Ordinal);
        Assert.Contains("上年 ", page, StringComparison.Ordinal);
        Assert.Contains("data-totals=", page, StringComparison.Ordinal);
        Assert.Contains("/js/drafts.js", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UnitUser, "QH-LT-NY")]
    [InlineData(RegionUser, "QH-TC-ZJ")]
    public async Task Starting_a_report_of_a_unit_outside_the_scope_is_not_found(string user, string unit)
    {
        using var client = await app.SignedIn(user);

        var page = await WebForms.Post(client, "/drafts", "/drafts?handler=Start", new Dictionary<string, string> { ["unitCode"] = unit, ["year"] = "2021" });
        var api = await Send(client, HttpMethod.Post, "/api/v1/drafts", new { unitCode = unit, year = 2021 });

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task Another_units_draft_is_not_found_on_any_page_or_endpoint()
    {
        var id = await StartAs("admin", "QH-LT-NY", 2021);
        using var unit = await app.SignedIn(UnitUser);
        using var region = await app.SignedIn(RegionUser);
        var body = new { cells = new Dictionary<string, string> { ["requests.newReceived.naturalPerson"] = "1" }, revision = 1 };

        Assert.Equal(HttpStatusCode.OK, (await region.GetAsync($"/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/v1/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/v1/drafts/{id}/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(unit, HttpMethod.Post, $"/api/v1/drafts/{id}/check", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(unit, HttpMethod.Put, $"/api/v1/drafts/{id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(unit, HttpMethod.Post, $"/api/v1/drafts/{id}/submit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WebForms.Post(unit, "/drafts", $"/drafts/{id}?handler=Save", new Dictionary<string, string> { ["revision"] = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WebForms.Post(unit, "/drafts", $"/drafts/{id}?handler=Submit", new Dictionary<string, string> { ["revision"] = "1" })).StatusCode);
        Assert.DoesNotContain((await Json(unit, "/api/v1/drafts")).EnumerateArray(), d => d.GetProperty("id").GetInt64() == id);
        using var store = app.OpenStore();
        Assert.Equal(1, store.Drafts.Find(id, AccessScope.All)!.Revision);
    }

    [Fact]
    public async Task The_live_check_answers_the_findings_with_their_cells_and_the_computed_totals()
    {
        var id = await StartAs(UnitUser, "QH-TC-ZJ", 2022);
        using var client = await app.SignedIn(UnitUser);

        var cells = Paths(await Json(client, $"/api/v1/drafts/{id}")).ToDictionary(p => p, _ => "0");
        cells["requests.newReceived.naturalPerson"] = "4";
        cells["requests.granted.naturalPerson"] = "1";

        var response = await Send(client, HttpMethod.Post, $"/api/v1/drafts/{id}/check", new { cells });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>();
        var balance = draft.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "GK0301");
        Assert.Contains("requests.newReceived.naturalPerson", balance.GetProperty("cells").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("错误", balance.GetProperty("severity").GetString());
        Assert.Equal("1", draft.GetProperty("totals").GetProperty("requests.total.naturalPerson").GetString());
        Assert.Equal(1, draft.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task A_save_from_a_stale_revision_is_409_in_chinese_and_a_post_without_the_token_is_refused()
    {
        var id = await StartAs(UnitUser, "QH-TC-ZJ", 2023);
        using var client = await app.SignedIn(UnitUser);
        var body = new { cells = new Dictionary<string, string> { ["requests.newReceived.naturalPerson"] = "2" }, revision = 1 };

        var first = await Send(client, HttpMethod.Put, $"/api/v1/drafts/{id}", body);
        var second = await Send(client, HttpMethod.Put, $"/api/v1/drafts/{id}", body);
        var forged = await client.PostAsJsonAsync($"/api/v1/drafts/{id}/check", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("内容已被他人修改", problem.GetProperty("title").GetString());
        Assert.Contains("未保存", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_scripts_saves_and_shows_the_findings()
    {
        var id = await StartAs(UnitUser, "QH-TC-ZJ", 2024);
        using var client = await app.SignedIn(UnitUser);

        var fields = Paths(await Json(client, $"/api/v1/drafts/{id}")).ToDictionary(p => "c." + p, _ => "0");
        fields["revision"] = "1";
        fields["c.requests.newReceived.naturalPerson"] = "6";
        fields["c.requests.newReceived.commercial"] = "六";
        fields["s.overview"] = "本年度总体情况。";

        var saved = await WebForms.Post(client, $"/drafts/{id}", $"/drafts/{id}?handler=Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetStringAsync($"/drafts/{id}");
        Assert.Contains("草稿已保存。", page, StringComparison.Ordinal);
        Assert.Contains("不是数字", page, StringComparison.Ordinal);
        Assert.Contains("GK0301", page, StringComparison.Ordinal);
        Assert.Contains("value=\"6\"", page, StringComparison.Ordinal);
        Assert.Contains("本年度总体情况。", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_draft_becomes_a_report_of_the_unit_logged_in_the_audit_log()
    {
        var id = await StartAs(UnitUser, "QH-TC-ZJ", 2025);
        using var client = await app.SignedIn(UnitUser);
        // The unit has no report for 2024: every cell 0 balances, and the texts are given.
        var draft = await Json(client, $"/api/v1/drafts/{id}");
        var zeros = Paths(draft).ToDictionary(p => p, _ => "0");
        var sections = new[] { "overview", "proactive", "requests", "appeals", "problems", "other" }.ToDictionary(k => k, k => $"{k} 的文字。");
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Put, $"/api/v1/drafts/{id}", new { cells = zeros, sections, publishedOn = "2026-01-20", revision = 1 })).StatusCode);

        var submitted = await Send(client, HttpMethod.Post, $"/api/v1/drafts/{id}/submit", new { });

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var reportId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt64();
        var report = await Json(client, $"/api/v1/reports/{reportId}");
        Assert.Equal(2025, report.GetProperty("year").GetInt32());
        using var after = app.OpenStore();
        Assert.Contains(after.Audit.Find(new AuditQuery { Action = "draft-submitted" }), e => e.Resource == $"report:{reportId}" && e.Actor == UnitUser);
        var docx = await client.GetAsync($"/api/v1/drafts/{id}/docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_markdown_preview_shows_raw_html_as_text_and_neutralises_script_links()
    {
        using var client = await app.SignedIn(UnitUser);

        var response = await Send(client, HttpMethod.Post, "/api/v1/drafts/preview", new { markdown = "**粗体**\n\n<script>alert(1)</script>\n\n[点我](javascript:alert(1)) <img src=x onerror=alert(1)>" });

        var html = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("html").GetString()!;
        Assert.Contains("<strong>粗体</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    private async Task<long> StartAs(string user, string unit, int year)
    {
        using var client = await app.SignedIn(user);
        var response = await Send(client, HttpMethod.Post, "/api/v1/drafts", new { unitCode = unit, year });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    // Every value cell of the draft's canonical JSON (tables 二, 三, 四), by path.
    private static IEnumerable<string> Paths(JsonElement draft)
    {
        var report = draft.GetProperty("report");
        foreach (var (table, rows) in new[] { ("proactive", report.GetProperty("proactive")), ("appeals", report.GetProperty("appeals")) })
        {
            foreach (var row in rows.EnumerateObject())
            {
                foreach (var column in row.Value.EnumerateObject())
                {
                    yield return $"{table}.{row.Name}.{column.Name}";
                }
            }
        }

        string[] columns = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other"];
        foreach (var row in report.GetProperty("requests").GetProperty("rows").EnumerateObject())
        {
            foreach (var column in columns)
            {
                yield return $"requests.{row.Name}.{column}";
            }
        }
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", await WebForms.Token(client, "/drafts"));
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpClient client, string path) => await client.GetFromJsonAsync<JsonElement>(path);
}
