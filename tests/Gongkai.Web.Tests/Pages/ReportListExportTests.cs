using System.IO.Compression;

namespace Gongkai.Web.Tests.Pages;

/// <summary>报告列表's export: the current view's filters and the user's scope, every page, XLSX or CSV.</summary>
[Collection(WebCollection.Name)]
public sealed class ReportListExportTests(WebAppFixture app)
{
    [Fact]
    public async Task Exports_the_reports_of_the_current_filters_as_csv()
    {
        using var client = await app.SignedIn("admin");

        var csv = await (await client.GetAsync("/reports?name=卫生&handler=export&format=csv")).Content.ReadAsStringAsync();

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("单位代码,单位名称,区域", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("QH-LT-WJ,鹭汀县卫生健康局", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("农业农村局", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exports_only_the_reports_in_the_users_scope()
    {
        using var client = await app.SignedIn("luting");

        var csv = await (await client.GetAsync("/reports?handler=export&format=csv")).Content.ReadAsStringAsync();

        var rows = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("QH-LT-", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exports_a_workbook_and_links_it_from_the_list_with_the_same_filters()
    {
        using var client = await app.SignedIn("admin");

        var page = await client.GetStringAsync("/reports?year=2022");
        var workbook = await client.GetAsync("/reports?year=2022&handler=export&format=xlsx");

        Assert.Contains("/reports?year=2022&amp;page=1&amp;handler=export&amp;format=xlsx", page, StringComparison.Ordinal);
        using var zip = new ZipArchive(await workbook.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
    }
}
