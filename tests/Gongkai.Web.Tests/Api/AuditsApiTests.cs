using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Gongkai.Web.Tests.Api;

/// <summary>
/// <c>/api/v1/reports/{id}/findings</c>, <c>/rendered/{format}</c>, <c>/api/v1/audits</c> and its workbook: rules
/// explained, and nothing outside the caller's scope (404 for a report, absent from an audit).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AuditsApiTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";
    private const string Unit = "QH-TC-ZJ";

    [Fact]
    public async Task Lists_a_reports_findings_with_each_rules_explanation_and_statute()
    {
        using var client = await app.SignedIn(UnitUser);

        var findings = await Json(client, $"/api/v1/reports/{app.ReportOf(Unit)}/findings");

        var codes = findings.EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("GK0301", codes);
        Assert.Contains("GK0303", codes);
        var balance = findings.EnumerateArray().First(f => f.GetProperty("code").GetString() == "GK0301");
        Assert.Equal("表三各列：第一项加第二项之和等于第三项加第四项之和", balance.GetProperty("ruleTitle").GetString());
        Assert.Contains("年度报告格式", balance.GetProperty("statute").GetString(), StringComparison.Ordinal);
        Assert.Equal("错误", balance.GetProperty("severity").GetString());
        Assert.Matches("^[0-9a-f]{32}$", balance.GetProperty("key").GetString()!);
    }

    [Theory]
    [InlineData("findings")]
    [InlineData("rendered/docx")]
    [InlineData("rendered/html")]
    public async Task Answers_404_for_another_units_report(string what)
    {
        using var client = await app.SignedIn(UnitUser);

        var response = await client.GetAsync($"/api/v1/reports/{app.ReportOf("QH-LT-NY")}/{what}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Renders_the_stored_report_as_docx_and_html_in_the_official_layout()
    {
        using var client = await app.SignedIn(UnitUser);
        var id = app.ReportOf(Unit);

        var docx = await client.GetAsync($"/api/v1/reports/{id}/rendered/docx");
        var html = await client.GetAsync($"/api/v1/reports/{id}/rendered/html");
        var other = await client.GetAsync($"/api/v1/reports/{id}/rendered/pdf");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var package = new ZipArchive(await docx.Content.ReadAsStreamAsync()))
        {
            Assert.Contains("棠川县住房和城乡建设局", Text(package.GetEntry("word/document.xml")!), StringComparison.Ordinal);
        }

        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.Equal("attachment", html.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("本年新收", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task An_audit_holds_only_the_findings_and_units_in_the_callers_scope()
    {
        using var admin = await app.SignedIn("admin");
        using var unit = await app.SignedIn(UnitUser);

        var all = await Json(admin, "/api/v1/audits?year=2020");
        var own = await Json(unit, "/api/v1/audits?year=2020");

        Assert.Contains(all.GetProperty("findings").EnumerateArray(), f => f.GetProperty("unitCode").GetString() is { } c && c != Unit);
        Assert.NotEmpty(own.GetProperty("findings").EnumerateArray());
        Assert.All(own.GetProperty("findings").EnumerateArray(), f => Assert.Equal(Unit, f.GetProperty("unitCode").GetString()));
        Assert.Equal(1, own.GetProperty("reports").GetInt32());
        Assert.Equal(1, own.GetProperty("registered").GetInt32());
    }

    [Fact]
    public async Task The_audit_defaults_to_the_latest_year_in_the_scope()
    {
        using var unit = await app.SignedIn(UnitUser);

        var audit = await Json(unit, "/api/v1/audits");

        Assert.Equal(2020, audit.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task The_audit_workbook_of_a_unit_user_names_no_other_unit()
    {
        using var admin = await app.SignedIn("admin");
        using var unit = await app.SignedIn(UnitUser);

        var everyone = await WorkbookText(admin, "/api/v1/audits/workbook?year=2020");
        var own = await WorkbookText(unit, "/api/v1/audits/workbook?year=2020");
        var page = await WorkbookText(unit, "/audit?handler=Workbook&Year=2020");

        Assert.Contains("青禾市人力资源和社会保障局", everyone, StringComparison.Ordinal);
        Assert.Contains("棠川县住房和城乡建设局", own, StringComparison.Ordinal);
        Assert.DoesNotContain("青禾市人力资源和社会保障局", own, StringComparison.Ordinal);
        Assert.Equal(own, page);
    }

    [Fact]
    public async Task The_audit_needs_a_sign_in()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/api/v1/audits?year=2020");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> WorkbookText(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var package = new ZipArchive(await response.Content.ReadAsStreamAsync());
        return string.Concat(package.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).OrderBy(e => e.FullName).Select(Text));
    }

    private static string Text(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<JsonElement> Json(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
