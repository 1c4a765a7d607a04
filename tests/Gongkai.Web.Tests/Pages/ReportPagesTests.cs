using System.Net;

namespace Gongkai.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class ReportPagesTests(WebAppFixture app)
{
    [Fact]
    public async Task Colours_the_cells_with_findings_and_puts_the_finding_in_their_title()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        long id;
        using (var store = app.OpenStore())
        {
            id = store.Reports().Single(r => r.UnitCode == "QH-TC-ZJ").ReportId;
        }

        var html = await client.GetStringAsync($"/reports/{id}");

        // s02's misprinted cells (samples/README.md): GK0301 and GK0303, both errors.
        Assert.Matches("<td class=\"finding-error\" title=\"GK0301（错误）：[^\"]+\">", html);
        Assert.Contains("GK0303", html, StringComparison.Ordinal);
        Assert.Contains("表三", html, StringComparison.Ordinal);
        Assert.Contains("<col width=", html, StringComparison.Ordinal);
        Assert.Contains("标准 JSON", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status=errors", "有错误")]
    [InlineData("name=住房", "棠川县住房和城乡建设局")]
    [InlineData("region=鹭汀县", "鹭汀县卫生健康局")]
    public async Task Filters_the_list(string query, string expected)
    {
        using var client = await app.SignedIn("admin");

        var html = await client.GetStringAsync($"/reports?{query}");

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_published_reports_to_the_public_without_sign_in()
    {
        using var client = app.Anonymous();

        var list = await client.GetAsync("/public");
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("公众查询", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/public", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Answers_an_unknown_page_in_Chinese()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有找到您要的页面", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
