using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Store;

namespace Gongkai.Web.Tests.Api;

/// <summary>
/// Role × resource: what each role sees in the list, and what it gets for a report inside and outside its scope,
/// on the pages and the API (detail, canonical JSON, original file). Outside the scope is 404, as if absent.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessMatrixTests(WebAppFixture app)
{
    // The demo accounts' scopes (DemoStore): 鹭汀县 (two sample reports) and the unit QH-TC-ZJ (one).
    private const string RegionUser = "luting";
    private const string UnitUser = "tangchuan-zj";

    public static TheoryData<string?, int> ListSizes => new()
    {
        { "admin", 10 },
        { RegionUser, 2 },
        { UnitUser, 1 },
    };

    [Theory]
    [MemberData(nameof(ListSizes))]
    public async Task Lists_only_the_reports_in_the_callers_scope(string? user, int expected)
    {
        using var client = await app.SignedIn(user!);

        var list = await Json(client, "/api/v1/reports");

        Assert.Equal(expected, list.GetProperty("total").GetInt32());
        var scope = Scope(user!);
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.True(InScope(scope, r.GetProperty("unitCode").GetString(), r.GetProperty("region").GetString())));
    }

    [Fact]
    public async Task Lists_the_reports_linked_to_registered_units_for_the_public()
    {
        using var client = app.Anonymous();
        using var store = app.OpenStore();

        var list = await Json(client, "/api/v1/reports");

        Assert.Equal(store.Reports(new ReportFilter { Scope = AccessScope.Public }).Count, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.NotNull(r.GetProperty("unitCode").GetString()));
    }

    [Theory]
    [InlineData("admin", "QH-TC-ZJ", HttpStatusCode.OK)]
    [InlineData("admin", "QH-LT-NY", HttpStatusCode.OK)]
    [InlineData(RegionUser, "QH-LT-NY", HttpStatusCode.OK)]
    [InlineData(RegionUser, "QH-LT-WJ", HttpStatusCode.OK)]
    [InlineData(RegionUser, "QH-TC-ZJ", HttpStatusCode.NotFound)]
    [InlineData(RegionUser, "QH-ZR", HttpStatusCode.NotFound)]
    [InlineData(UnitUser, "QH-TC-ZJ", HttpStatusCode.OK)]
    [InlineData(UnitUser, "QH-LT-NY", HttpStatusCode.NotFound)]
    [InlineData(UnitUser, "QH-ZR", HttpStatusCode.NotFound)]
    [InlineData(UnitUser, "QH-YX", HttpStatusCode.NotFound)]
    public async Task Answers_detail_json_and_original_by_scope(string user, string unitCode, HttpStatusCode expected)
    {
        using var client = await app.SignedIn(user);
        var id = app.ReportOf(unitCode);

        Assert.Equal(expected, (await client.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/reports/{id}/original")).StatusCode);
    }

    // 依申请公开办理: a case (page and API), its letters and its unit's 文书设置, by role and unit. The demo's cases
    // (DemoCases) are 张某某's at QH-TC-ZJ (棠川县) and 陈某某's at QH-LT-NY (鹭汀县, the region of luting).
    [Theory]
    [InlineData("admin", "QH-TC-ZJ", "张某某", HttpStatusCode.OK)]
    [InlineData("admin", "QH-LT-NY", "陈某某", HttpStatusCode.OK)]
    [InlineData(RegionUser, "QH-LT-NY", "陈某某", HttpStatusCode.OK)]
    [InlineData(RegionUser, "QH-TC-ZJ", "张某某", HttpStatusCode.NotFound)]
    [InlineData(UnitUser, "QH-TC-ZJ", "张某某", HttpStatusCode.OK)]
    [InlineData(UnitUser, "QH-LT-NY", "陈某某", HttpStatusCode.NotFound)]
    [InlineData("luting-ny", "QH-LT-NY", "陈某某", HttpStatusCode.OK)]
    [InlineData("luting-ny", "QH-TC-ZJ", "张某某", HttpStatusCode.NotFound)]
    public async Task Answers_a_case_and_its_letters_by_scope(string user, string unitCode, string applicant, HttpStatusCode expected)
    {
        using var client = await app.SignedIn(user);
        var id = Uri.EscapeDataString(Pages.Cases.CaseFixtures.CaseOf(app, unitCode, applicant));
        var letter = LetterOf(unitCode, applicant);

        Assert.Equal(expected, (await client.GetAsync($"/cases/detail?id={id}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/cases/{id}/letters/{letter}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/cases/detail?id={id}&handler=Docx&letter={letter}")).StatusCode);
    }

    [Theory]
    [InlineData("admin", "QH-LT-NY", "陈某某", HttpStatusCode.OK)]
    [InlineData(UnitUser, "QH-TC-ZJ", "张某某", HttpStatusCode.OK)]
    [InlineData(RegionUser, "QH-LT-NY", "陈某某", HttpStatusCode.Forbidden)]
    [InlineData(UnitUser, "QH-LT-NY", "陈某某", HttpStatusCode.NotFound)]
    [InlineData(RegionUser, "QH-TC-ZJ", "张某某", HttpStatusCode.NotFound)]
    public async Task Lets_only_the_unit_and_the_administrator_generate_a_letter_on_a_case(string user, string unitCode, string applicant, HttpStatusCode expected)
    {
        using var client = await app.SignedIn(user);
        var token = await WebForms.NewAccessToken(client, $"letters-{Guid.NewGuid():N}");
        using var bearer = app.Bearer(token);
        var id = Uri.EscapeDataString(Pages.Cases.CaseFixtures.CaseOf(app, unitCode, applicant));

        var response = await bearer.PostAsJsonAsync($"/api/v1/cases/{id}/letters", new { kind = "Acknowledgement" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Shows_a_unit_user_its_own_letter_settings_whatever_unit_the_address_names()
    {
        using var client = await app.SignedIn(UnitUser);

        var html = await client.GetStringAsync("/cases/profile?unit=QH-LT-NY");

        Assert.Contains("文书设置：棠川县住房和城乡建设局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("鹭汀县农业农村局", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_the_public_to_sign_in_for_the_case_pages_and_answers_401_on_the_case_api()
    {
        using var client = app.Anonymous();

        var page = await client.GetAsync("/cases");
        var api = await client.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Gives_a_unit_user_changing_the_id_the_same_404_as_for_an_id_that_does_not_exist()
    {
        using var client = await app.SignedIn(UnitUser);
        var other = app.ReportOf("QH-LT-NY");

        var outside = await client.GetAsync($"/api/v1/reports/{other}");
        var absent = await client.GetAsync("/api/v1/reports/999999");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal("application/problem+json", outside.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await outside.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("未找到", problem.GetProperty("title").GetString());
        Assert.Equal($"没有找到编号为 {other} 的报告，或您无权查看。", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_unit_user_another_units_original_file_even_by_its_hash()
    {
        using var client = await app.SignedIn(UnitUser);
        using var store = app.OpenStore();
        var own = app.ReportOf("QH-TC-ZJ");
        var otherFile = store.History(app.ReportOf("QH-LT-NY")).First().FileSha256;

        var response = await client.GetAsync($"/api/v1/reports/{own}/original?sha256={otherFile}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Serves_the_canonical_json_of_the_clis_writer_and_the_original_bytes()
    {
        using var client = await app.SignedIn(UnitUser);
        var id = app.ReportOf("QH-TC-ZJ");

        var json = await Json(client, $"/api/v1/reports/{id}");
        var original = await client.GetByteArrayAsync($"/api/v1/reports/{id}/original");

        Assert.Equal("棠川县住房和城乡建设局", json.GetProperty("agency").GetString());
        Assert.Equal(2020, json.GetProperty("year").GetInt32());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Testing.RepositoryRoot.Samples, "s02-docx-2019-errors.txt")), original);
    }

    [Fact]
    public async Task Sends_the_public_to_sign_in_for_the_pages_and_answers_401_on_the_api_upload()
    {
        using var client = app.Anonymous();

        var page = await client.GetAsync("/reports");
        var upload = await client.PostAsync("/api/v1/reports", new MultipartFormDataContent());

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        var problem = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("需要登录", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Answers_an_unknown_api_address_with_a_Chinese_problem()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("未找到", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    // A letter of the case, generated once by the administrator (the 受理回执).
    private long LetterOf(string unitCode, string applicant)
    {
        using var store = app.OpenStore();
        var id = Pages.Cases.CaseFixtures.CaseOf(app, unitCode, applicant);
        if (store.Cases.Letters(id, AccessScope.All).FirstOrDefault() is { } stored)
        {
            return stored.Id;
        }

        var generated = Gongkai.Application.Cases.Letters.GenerateLetter.Run(store, new Gongkai.Application.Cases.Letters.GenerateLetterOptions
        {
            Scope = AccessScope.All,
            User = "admin",
            CaseId = id,
            Kind = Gongkai.Reporting.Letters.LetterKind.Acknowledgement,
        });
        return generated.Letter!.Id;
    }

    private static AccessScope Scope(string user) => user switch
    {
        "admin" => AccessScope.All,
        RegionUser => AccessScope.Region("青禾省/青禾市/鹭汀县"),
        _ => AccessScope.Unit("QH-TC-ZJ"),
    };

    private static bool InScope(AccessScope scope, string? unitCode, string? region) => scope.Kind switch
    {
        AccessKind.All => true,
        AccessKind.Unit => unitCode == scope.Value,
        _ => region is not null && (region == scope.Value || region.StartsWith(scope.Value + "/", StringComparison.Ordinal)),
    };

    private static async Task<JsonElement> Json(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
