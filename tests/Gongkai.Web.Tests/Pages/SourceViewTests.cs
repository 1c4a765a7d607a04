using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 查看原文 on the samples (text files): the value's line and cell marked; scope as on 报告详情 (404 outside it);
/// the detail page's numbers link to it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class SourceViewTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";
    private const string Cell = "requests.newReceived.total";

    [Fact]
    public async Task Marks_the_line_and_cell_a_text_reports_value_was_read_from()
    {
        using var client = await app.SignedIn(UnitUser);
        var (id, raw, line) = Value("QH-TC-ZJ");

        var response = await client.GetAsync($"/reports/{id}/source?cell={Cell}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marked = Assert.Single(MarkedLine().Matches(html));
        Assert.Contains($"第{line}行第", html, StringComparison.Ordinal);
        Assert.Contains("一、本年新收政府信息公开申请数量", marked.Value, StringComparison.Ordinal);
        Assert.Contains($"<mark class=\"source-cell\">{raw}</mark>", marked.Value, StringComparison.Ordinal);
        Assert.Contains("表三「一、本年新收政府信息公开申请数量」", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/js/source-view.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_each_number_of_the_report_detail_to_its_source()
    {
        using var client = await app.SignedIn("admin");
        var (id, raw, _) = Value("QH-LT-NY");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains($"<a class=\"source-link\" href=\"/reports/{id}/source?cell=requests.newReceived.total\">{raw}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UnitUser, "QH-TC-ZJ", HttpStatusCode.OK)]
    [InlineData(UnitUser, "QH-LT-NY", HttpStatusCode.NotFound)]
    [InlineData(UnitUser, "QH-ZR", HttpStatusCode.NotFound)]
    [InlineData("luting", "QH-LT-NY", HttpStatusCode.OK)]
    [InlineData("luting", "QH-TC-ZJ", HttpStatusCode.NotFound)]
    [InlineData("admin", "QH-ZR", HttpStatusCode.OK)]
    public async Task Shows_the_source_only_within_the_users_scope(string user, string unitCode, HttpStatusCode expected)
    {
        using var client = await app.SignedIn(user);
        var (id, _, _) = Value(unitCode);

        var response = await client.GetAsync($"/reports/{id}/source?cell={Cell}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotFound)
        {
            Assert.DoesNotContain("source-cell", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Answers_404_for_a_missing_report_or_value_and_sends_the_public_to_sign_in()
    {
        using var client = await app.SignedIn("admin");
        var (id, _, _) = Value("QH-ZR");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/999999/source?cell={Cell}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id}/source?cell=requests.noSuchRow.total")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id}/source")).StatusCode);
        using var anonymous = app.Anonymous();
        var redirected = await anonymous.GetAsync($"/reports/{id}/source?cell={Cell}");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/login", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/pdfjs-dist/pdf.min.mjs", "text/javascript")]
    [InlineData("/lib/pdfjs-dist/pdf.worker.min.mjs", "text/javascript")]
    [InlineData("/lib/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap", "application/octet-stream")]
    [InlineData("/js/source-view.js", "text/javascript")]
    public async Task Serves_pdfjs_its_worker_and_cmaps_from_this_server(string path, string type)
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }

    private (long Id, string Raw, int Line) Value(string unitCode)
    {
        using var store = app.OpenStore();
        var id = store.Reports().Single(r => r.UnitCode == unitCode).ReportId;
        var cell = store.LoadCurrent(id)!.Requests!.Rows.Single(r => r.Key == "newReceived")["total"]!;
        return (id, cell.Raw, cell.Source.Line);
    }

    [GeneratedRegex("<li class=\"marked\" id=\"source-mark\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex MarkedLine();
}
