using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Pages;

/// <summary>对比 over the demo store: two units in one year, a unit against its year before, and the user's scope.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ComparePageTests(WebAppFixture app)
{
    [Fact]
    public async Task Compares_two_units_of_one_year_cell_by_cell_with_the_changes_marked()
    {
        using var client = await app.SignedIn("admin");

        var html = await client.GetStringAsync("/compare?unit=QH-JT&with=QH-ZY-SJ&year=2022");

        Assert.Contains("青禾市交通运输局 → 芷岩县市场监督管理局", html, StringComparison.Ordinal);
        Assert.Matches(ChangedRow(), html);
        Assert.Contains("一、本年新收政府信息公开申请数量", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">公开率</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_only_the_changed_cells_when_asked()
    {
        using var client = await app.SignedIn("admin");

        var all = await client.GetStringAsync("/compare?unit=QH-JT&with=QH-ZY-SJ&year=2022");
        var changed = await client.GetStringAsync("/compare?unit=QH-JT&with=QH-ZY-SJ&year=2022&changed=true");

        Assert.True(Rows().Count(changed) < Rows().Count(all));
        Assert.Equal(Rows().Count(changed), ChangedOrOneSided().Count(changed));
    }

    [Fact]
    public async Task Compares_a_unit_with_its_year_before_even_when_that_year_is_missing()
    {
        using var client = await app.SignedIn("admin");

        var html = await client.GetStringAsync("/compare?unit=QH-ZY-SJ&year=2022");

        Assert.Contains("2021年 → 2022年", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"one-sided\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_user_cannot_compare_another_units_report()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        using var store = app.OpenStore();
        var other = store.Reports().Single(r => r.UnitCode == "QH-RS");

        var direct = await client.GetStringAsync("/compare?unit=QH-RS&year=2020");
        var beside = await client.GetStringAsync("/compare?unit=QH-TC-ZJ&with=QH-RS&year=2020");

        Assert.Contains("数据库中没有“QH-RS”的 2020 年度报告", direct, StringComparison.Ordinal);
        Assert.DoesNotContain("青禾市人力资源和社会保障局", direct + beside, StringComparison.Ordinal);
        Assert.DoesNotContain($"/reports/{other.ReportId}\"", beside, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr class=\"changed\">", beside, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr class=\"changed\">")]
    private static partial Regex ChangedRow();

    [GeneratedRegex("<tr class=\"(changed|one-sided)\">")]
    private static partial Regex ChangedOrOneSided();

    [GeneratedRegex("<tr( class=\"[^\"]*\")?>\\s*<td>[^<]*</td>\\s*<td>")]
    private static partial Regex Rows();
}
