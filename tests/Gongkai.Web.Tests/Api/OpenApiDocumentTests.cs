using System.Net;
using System.Text.Json;

namespace Gongkai.Web.Tests.Api;

/// <summary>The OpenAPI document of /api/v1 and its reference page, both served by the application itself.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiDocumentTests(WebAppFixture app)
{
    [Fact]
    public async Task Describes_the_v1_endpoints_in_chinese()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/api/v1/openapi.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("政府信息公开年报平台 接口", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("/api/v1/reports", paths.Select(p => p.TrimEnd('/')));
        Assert.Contains("/api/v1/reports/{id}", paths);
        Assert.Contains("/api/v1/reports/{id}/versions", paths);
        Assert.Contains("/api/v1/units", paths);
        Assert.Contains("/api/v1/reports/{id}/publish", paths);
        Assert.Contains("/api/v1/reports/{id}/withdraw", paths);
        Assert.Contains("/api/v1/reports/{id}/findings/{key}/{action}", paths);
        Assert.Contains("/api/v1/audits/findings/{key}/{action}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serves_the_reference_page_from_local_files_only()
    {
        using var client = app.Anonymous();

        var html = await client.GetStringAsync("/api-docs");

        Assert.Contains("/lib/swagger-ui-dist/swagger-ui-bundle.js", html, StringComparison.Ordinal);
        Assert.Contains("/js/api-docs.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/swagger-ui-dist/swagger-ui-bundle.js")).StatusCode);
    }
}
