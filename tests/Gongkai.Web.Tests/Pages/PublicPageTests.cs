using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Store;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 公众 (/public?region=&amp;year=): a region's published reports of a year and their statistics, without signing in; never an
/// unpublished or unlinked report, in the list or in the figures.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PublicPageTests(WebAppFixture app)
{
    [Fact]
    public async Task Shows_a_regions_published_reports_and_statistics_for_a_year_without_sign_in_and_links_its_sub_regions()
    {
        using var anyone = app.Anonymous();
        var (year, published, _) = LatestPublishedYear();

        var response = await anyone.GetAsync("/public");
        var html = await response.Content.ReadAsStringAsync();
        var city = await anyone.GetStringAsync($"/public?region={Uri.EscapeDataString("青禾省/青禾市")}&year={year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"全部区域 · {year} 年度统计", html, StringComparison.Ordinal);
        Assert.Contains($"统计已公开的 {published} 份报告", html, StringComparison.Ordinal);
        Assert.Contains("id=\"public-indicators\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"pie\"", html, StringComparison.Ordinal);
        Assert.Contains("/lib/echarts/echarts.min.js", html, StringComparison.Ordinal);
        Assert.Contains($"/public?region={Uri.EscapeDataString("青禾省")}&amp;year={year}", html, StringComparison.Ordinal);
        Assert.Contains($"青禾省/青禾市 · {year} 年度统计", city, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_shows_the_public_an_unpublished_or_unlinked_report_in_the_list_or_the_figures()
    {
        using var anyone = app.Anonymous();
        using var store = app.OpenStore();
        var (year, published, listed) = LatestPublishedYear();
        var withdrawn = store.Reports(new ReportFilter { Scope = AccessScope.Public, FromYear = year, ToYear = year }).First(r => !r.IsSummary);
        var unlinked = store.Reports(new ReportFilter { Scope = AccessScope.All, FromYear = year, ToYear = year }).Where(r => r.UnitCode is null).ToList();
        store.SetPublished(withdrawn.ReportId, false, "admin");
        try
        {
            var html = await anyone.GetStringAsync($"/public?year={year}");

            Assert.Contains($"统计已公开的 {published - 1} 份报告", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"/public/{withdrawn.ReportId}\"", html, StringComparison.Ordinal);
            Assert.All(unlinked, r => Assert.DoesNotContain($"/public/{r.ReportId}\"", html, StringComparison.Ordinal));
            Assert.All(unlinked.Where(r => r.Agency is not null), r => Assert.DoesNotContain(r.Agency!, html, StringComparison.Ordinal));
            Assert.Equal(listed - 1, ReportLinks().Matches(html).Count);
        }
        finally
        {
            store.SetPublished(withdrawn.ReportId, true, "admin");
        }
    }

    // The latest year with a published report, how many are summed (summary reports are counted apart) and listed.
    private (int Year, int Published, int Listed) LatestPublishedYear()
    {
        using var store = app.OpenStore();
        var reports = store.Reports(new ReportFilter { Scope = AccessScope.Public });
        var year = reports.Max(r => r.Year!.Value);
        return (year, reports.Count(r => r.Year == year && !r.IsSummary), reports.Count(r => r.Year == year));
    }

    [GeneratedRegex("<td><a href=\"/public/\\d+\">")]
    private static partial Regex ReportLinks();
}
