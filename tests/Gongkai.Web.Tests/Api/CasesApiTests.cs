using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests.Api;

/// <summary>
/// <c>/api/v1/cases</c> with a personal access token, as a script of an agency uses it: register, record steps (a stale
/// version is 409), read the deadline, generate and download a letter; a cookie session must show the antiforgery token.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CasesApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Registers_a_case_records_a_correction_refuses_a_stale_version_and_serves_the_letter()
    {
        using var session = await app.SignedIn("tangchuan-zj");
        using var client = app.Bearer(await WebForms.NewAccessToken(session, $"cases-{Guid.NewGuid():N}"));
        var today = Pages.Cases.CaseFixtures.Today();

        var registered = await client.PostAsJsonAsync("/api/v1/cases", new
        {
            unitId = "QH-TC-ZJ",
            applicantKind = "NaturalPerson",
            applicantName = "郑某某",
            channel = "InPerson",
            arrived = today,
            content = "某道路工程的竣工验收备案表。",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var created = await Json(registered);
        var id = created.GetProperty("case").GetProperty("id").GetString()!;
        var version = created.GetProperty("version").GetInt32();
        var due = created.GetProperty("deadline").GetProperty("due").GetString();

        var step = new
        {
            kind = "CorrectionRequested",
            version,
            date = today,
            items = "请写明备案表的文号。",
            supplementDue = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture).AddDays(15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            generateLetter = true,
        };
        var recorded = await client.PostAsJsonAsync($"/api/v1/cases/{Uri.EscapeDataString(id)}/steps", step);
        var stale = await client.PostAsJsonAsync($"/api/v1/cases/{Uri.EscapeDataString(id)}/steps", step);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var after = await Json(recorded);
        Assert.Equal(version + 1, after.GetProperty("version").GetInt32());
        Assert.Equal("correctionRequested", after.GetProperty("case").GetProperty("steps")[0].GetProperty("step").GetString());
        Assert.Equal(due, created.GetProperty("due").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var letters = after.GetProperty("letters");
        Assert.Equal(1, letters.GetArrayLength());
        Assert.Equal("补正告知书", letters[0].GetProperty("title").GetString());
        var docx = await client.GetAsync($"/api/v1/cases/{Uri.EscapeDataString(id)}/letters/{letters[0].GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Lists_the_cases_of_the_callers_unit_with_the_days_left()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var list = await Json(await client.GetAsync("/api/v1/cases?filter=overdue"));

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("QH-TC-ZJ", i.GetProperty("unitId").GetString()));
        Assert.All(items, i => Assert.True(i.GetProperty("workingDaysLeft").GetInt32() < 0));
    }

    [Fact]
    public async Task Refuses_an_over_long_applicant_name_with_a_Chinese_problem()
    {
        using var session = await app.SignedIn("tangchuan-zj");
        using var client = app.Bearer(await WebForms.NewAccessToken(session, $"cases-{Guid.NewGuid():N}"));

        var response = await client.PostAsJsonAsync("/api/v1/cases", new
        {
            unitId = "QH-TC-ZJ",
            applicantKind = "NaturalPerson",
            applicantName = new string('长', 5000),
            channel = "InPerson",
            arrived = Pages.Cases.CaseFixtures.Today(),
            content = "某文件",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("“申请人姓名或名称”过长：5000 个字符，最多 100 个。", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_cookie_session_without_the_antiforgery_token()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var response = await client.PostAsJsonAsync("/api/v1/cases", new { unitId = "QH-TC-ZJ", applicantName = "某某", content = "某文件", arrived = Pages.Cases.CaseFixtures.Today() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("防伪令牌", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_region_administrator_registering_a_case_with_403()
    {
        using var session = await app.SignedIn("luting");
        using var client = app.Bearer(await WebForms.NewAccessToken(session, $"cases-{Guid.NewGuid():N}"));

        var response = await client.PostAsJsonAsync("/api/v1/cases", new
        {
            unitId = "QH-LT-NY",
            applicantKind = "NaturalPerson",
            applicantName = "某某",
            channel = "InPerson",
            arrived = Pages.Cases.CaseFixtures.Today(),
            content = "某文件",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
