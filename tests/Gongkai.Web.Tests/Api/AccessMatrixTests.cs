using System.Net;
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
