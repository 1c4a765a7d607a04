using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 区域看板 over the demo store (samples/registry.csv: 14 units under 青禾市; in 2022 the reports of 云溪区人民政府,
/// 青禾市交通运输局, 芷岩县市场监督管理局 and 松岭镇人民政府): coverage, charts' tables, drill-down, exports, scope.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DashboardPageTests(WebAppFixture app)
{
    [Fact]
    public async Task Shows_coverage_by_level_and_the_units_without_a_report()
    {
        using var client = await app.SignedIn("admin");

        var html = await client.GetStringAsync("/dashboard?region=青禾市&year=2022");

        // 县区: 云溪区, 棠川县, 鹭汀县, 芷岩县 expected; 云溪区 reported. 市: 青禾市人民政府 expected, none reported.
        Assert.Matches(@"<th scope=""row"">县区</th><td class=""num"">4</td><td class=""num"">1</td><td class=""num"">3</td><td class=""num"">25\.00%</td>", html);
        Assert.Matches(@"<th scope=""row"">市</th><td class=""num"">1</td><td class=""num"">0</td>", html);
        Assert.Contains("<td>青禾市人民政府</td><td>QH</td>", Section(html, "missing"), StringComparison.Ordinal);
        Assert.DoesNotContain("青禾市交通运输局", Section(html, "missing"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draws_each_chart_from_a_table_of_its_data_with_the_vendored_library()
    {
        using var client = await app.SignedIn("admin");

        var html = await client.GetStringAsync("/dashboard?region=青禾市&year=2022");

        foreach (var table in new[] { "outcomes", "applicants", "trend", "ranking" })
        {
            Assert.Matches($"<table class=\"list chart-data\" id=\"{table}\">", html);
            Assert.Matches("data-value=\"\\d+", Section(html, table));
        }

        Assert.Contains("（一）予以公开", Section(html, "outcomes"), StringComparison.Ordinal);
        Assert.Contains("自然人", Section(html, "applicants"), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/lib/echarts/echarts.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/echarts/echarts.min.js")).StatusCode);
    }

    [Fact]
    public async Task Totals_every_cell_and_prints_the_indicators_of_the_rollup()
    {
        using var client = await app.SignedIn("admin");

        var html = await client.GetStringAsync("/dashboard?region=青禾市&year=2022");

        Assert.Contains("id=\"totals-requests\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"totals-appeals\"", html, StringComparison.Ordinal);
        foreach (var name in new[] { "公开率", "行政复议纠错率", "行政诉讼纠错率", "本机关不掌握占比" })
        {
            Assert.Contains($"<dt>{name}</dt>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Drills_down_from_a_region_to_its_sub_regions_and_units_to_a_report()
    {
        using var client = await app.SignedIn("admin");

        var city = await client.GetStringAsync("/dashboard?region=青禾市&year=2022");
        var county = await client.GetStringAsync("/dashboard?region=" + Uri.EscapeDataString("青禾省/青禾市/芷岩县") + "&year=2022");

        Assert.Contains(">芷岩县</a>", Section(city, "subregions"), StringComparison.Ordinal);
        var units = Section(county, "units");
        Assert.Contains("芷岩县市场监督管理局", units, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/reports/\\d+\">查看报告</a>", units);
        Assert.Contains("芷岩县人民政府", units, StringComparison.Ordinal);
        Assert.Contains("未报送", units, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_administrator_starts_at_its_region_and_sees_nothing_outside_it()
    {
        using var client = await app.SignedIn("luting");

        var own = await client.GetStringAsync("/dashboard?year=2023");
        var other = await client.GetStringAsync("/dashboard?region=芷岩县&year=2022");
        var city = await client.GetStringAsync("/dashboard?region=青禾市&year=2022");

        Assert.Contains("value=\"青禾省/青禾市/鹭汀县\"", own, StringComparison.Ordinal);
        Assert.Contains("鹭汀县卫生健康局", Section(own, "ranking"), StringComparison.Ordinal);
        Assert.DoesNotContain("芷岩县", Section(other, "missing") + Section(other, "ranking"), StringComparison.Ordinal);
        Assert.DoesNotContain("芷岩县", city.Split("id=\"coverage\"")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("云溪区", city.Split("id=\"coverage\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_user_sees_its_own_unit_only()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var html = await client.GetStringAsync("/dashboard?year=2020");

        Assert.Contains("棠川县住房和城乡建设局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("青禾市人力资源和社会保障局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("鹭汀县", html.Split("id=\"coverage\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_the_dashboard_as_a_workbook_and_each_table_as_csv()
    {
        using var client = await app.SignedIn("admin");

        var workbook = await client.GetAsync("/dashboard?handler=export&region=青禾市&year=2022&format=xlsx");
        var csv = await client.GetAsync("/dashboard?handler=export&region=青禾市&year=2022&format=csv&table=coverage");
        var unknown = await client.GetAsync("/dashboard?handler=export&region=青禾市&year=2022&format=csv&table=nothing");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        using (var zip = new ZipArchive(await workbook.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(8, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
        }

        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("层级,应报送,已报送,未报送,报送率", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("县区,4,1,3,0.25", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Asks_for_sign_in()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login?ReturnUrl=%2Fdashboard", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    // The element with id="<id>" up to the end of its table (or definition list).
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = EndOfBlock().Match(html, start);
        return end.Success ? html[start..(end.Index + end.Length)] : html[start..];
    }

    [GeneratedRegex("</table>|</dl>")]
    private static partial Regex EndOfBlock();
}
