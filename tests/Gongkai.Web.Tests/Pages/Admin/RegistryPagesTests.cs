using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gongkai.Web.Tests.Pages.Admin;

/// <summary>单位名录 (import a registry CSV, edit a unit), /api/v1/units by scope and /api/v1/reports/{id}/versions.</summary>
[Collection(WebCollection.Name)]
public sealed class RegistryPagesTests(WebAppFixture app)
{
    [Fact]
    public async Task Imports_a_registry_csv_uploaded_on_the_page()
    {
        using var admin = await app.SignedIn("admin");
        const string Csv = "code,name,level,region,parent,aliases\nQH-TEST-1,青禾市测试局,部门,青禾省/青禾市,,测试局\n";

        var response = await Import(admin, Encoding.UTF8.GetBytes(Csv));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已导入：新增 1 个单位", html, StringComparison.Ordinal);
        Assert.Contains("青禾市测试局", await admin.GetStringAsync("/admin/units"), StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.Contains(store.Units(), u => u.Code == "QH-TEST-1" && u.Aliases.Contains("测试局"));
        Assert.Contains(store.Audit.Latest(20), e => e.Action == "registry-imported" && e.Actor == "admin");
    }

    [Fact]
    public async Task Refuses_a_registry_with_problems_listing_each_in_chinese()
    {
        using var admin = await app.SignedIn("admin");
        const string Csv = "code,name,level,region,parent,aliases\nQH-BAD-1,青禾市错误局,司局,青禾省/青禾市,QH,\n";

        var response = await Import(admin, Encoding.UTF8.GetBytes(Csv));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("层级“司局”无效", html, StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.DoesNotContain(store.Units(), u => u.Code == "QH-BAD-1");
    }

    [Fact]
    public async Task Edits_one_unit_and_refuses_an_unknown_parent()
    {
        using var admin = await app.SignedIn("admin");
        using var before = app.OpenStore();
        var unit = before.Units().Single(u => u.Code == "QH-JT");

        var refused = await Edit(admin, "QH-JT", unit.Name, unit.Level, unit.Region, "QH-NOWHERE");
        var saved = await Edit(admin, "QH-JT", unit.Name + "（改）", unit.Level, unit.Region, unit.ParentCode ?? "");
        using var after = app.OpenStore();
        var changed = after.Units().Single(u => u.Code == "QH-JT");
        await Edit(admin, "QH-JT", unit.Name, unit.Level, unit.Region, unit.ParentCode ?? "");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("上级单位“QH-NOWHERE”不在名录中。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(unit.Name + "（改）", changed.Name);
        Assert.Equal(unit.ParentCode, changed.ParentCode);
    }

    [Theory]
    [InlineData("admin", null)]
    [InlineData("luting", "青禾省/青禾市/鹭汀县")]
    [InlineData("tangchuan-zj", "QH-TC-ZJ")]
    public async Task Lists_the_units_in_the_callers_scope(string user, string? scope)
    {
        using var client = await app.SignedIn(user);
        using var store = app.OpenStore();

        var units = JsonDocument.Parse(await client.GetStringAsync("/api/v1/units")).RootElement.EnumerateArray().ToList();

        Assert.NotEmpty(units);
        switch (user)
        {
            case "admin":
                Assert.Equal(store.Units().Count, units.Count);
                break;
            case "luting":
                Assert.All(units, u => Assert.StartsWith(scope!, u.GetProperty("region").GetString(), StringComparison.Ordinal));
                Assert.True(units.Count < store.Units().Count);
                break;
            default:
                Assert.Equal(scope, Assert.Single(units).GetProperty("code").GetString());
                break;
        }
    }

    [Fact]
    public async Task Asks_an_anonymous_caller_of_the_units_api_to_sign_in()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/api/v1/units");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Lists_a_reports_versions_with_the_files_that_gave_them()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        using var store = app.OpenStore();
        var id = store.Reports().Single(r => r.UnitCode == "QH-TC-ZJ").ReportId;

        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reports/{id}/versions")).RootElement;

        Assert.Equal(id, json.GetProperty("id").GetInt64());
        // Other tests may upload a later version of this report: the first is the sample's, and only the last is current.
        var versions = json.GetProperty("versions").EnumerateArray().ToList();
        Assert.Contains("s02-docx-2019-errors.txt", versions[0].GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("changes").ValueKind);
        Assert.All(versions.Skip(1), v => Assert.Equal(JsonValueKind.Array, v.GetProperty("changes").ValueKind));
        Assert.True(versions[^1].GetProperty("isCurrent").GetBoolean());
    }

    private static async Task<HttpResponseMessage> Import(HttpClient admin, byte[] csv)
    {
        var token = await WebForms.Token(admin, "/admin/units");
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(csv);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "registry.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await admin.PostAsync("/admin/units?handler=Import", form);
    }

    private static Task<HttpResponseMessage> Edit(HttpClient admin, string code, string name, string level, string region, string parent) =>
        WebForms.Post(admin, $"/admin/units/{code}", $"/admin/units/{code}", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Level"] = level,
            ["Region"] = region,
            ["ParentCode"] = parent,
        });
}
