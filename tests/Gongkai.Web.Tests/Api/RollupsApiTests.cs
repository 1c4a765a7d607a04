using System.Net;
using System.Text.Json;

namespace Gongkai.Web.Tests.Api;

/// <summary><c>/api/v1/rollups</c>: RollUpRegion with the caller's scope.</summary>
[Collection(WebCollection.Name)]
public sealed class RollupsApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Totals_a_region_year_by_year_with_its_indicators()
    {
        using var client = await app.SignedIn("admin");

        var years = await Json(client, "/api/v1/rollups?region=芷岩县&year=2021&toYear=2022");

        var year = Assert.Single(years.EnumerateArray());
        Assert.Equal(2022, year.GetProperty("year").GetInt32());
        Assert.Equal(2, year.GetProperty("reports").GetInt32());
        Assert.True(year.GetProperty("indicators").TryGetProperty("disclosureRate", out _));
        Assert.Contains(year.GetProperty("cells").EnumerateArray(), c => c.GetProperty("table").GetString() == "requests" && c.GetProperty("row").GetString() == "newReceived");
    }

    [Theory]
    [InlineData("luting", 0)]
    [InlineData("tangchuan-zj", 0)]
    [InlineData("admin", 2)]
    public async Task Counts_only_the_reports_in_the_callers_scope(string user, int reports)
    {
        using var client = await app.SignedIn(user);

        var years = await Json(client, "/api/v1/rollups?region=芷岩县&year=2022");

        Assert.Equal(reports, years.EnumerateArray().Sum(y => y.GetProperty("reports").GetInt32()));
    }

    [Fact]
    public async Task Gives_the_public_the_totals_of_published_reports()
    {
        using var client = app.Anonymous();

        var years = await Json(client, "/api/v1/rollups?year=2022");

        Assert.True(years.EnumerateArray().Single().GetProperty("reports").GetInt32() >= 4);
    }

    [Fact]
    public async Task Refuses_a_request_without_a_year_in_Chinese()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/api/v1/rollups?region=青禾市");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("请求有误", problem.GetProperty("title").GetString());
        Assert.Contains("year", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Json(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
