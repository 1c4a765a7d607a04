using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Gongkai.Web.Tests.Pages.Admin;

/// <summary>节假日安排: a region's extra holiday imported on the page counts for the region's cases; bad files are refused.</summary>
[Collection(WebCollection.Name)]
public sealed class CalendarPageTests(WebAppFixture app)
{
    [Fact]
    public async Task Imports_a_regions_holiday_and_lists_it_as_the_regions_own()
    {
        using var admin = await app.SignedIn("admin");
        const string Csv = "date,kind,name,source\n2026-06-09,holiday,鹭汀县节日（虚构）,鹭汀县人民政府通知（虚构）\n";

        var response = await Import(admin, "青禾省/青禾市/鹭汀县", Encoding.UTF8.GetBytes(Csv));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已导入：2026 年 1 条", html, StringComparison.Ordinal);
        var listed = await admin.GetStringAsync("/admin/calendar?Region=" + Uri.EscapeDataString("青禾省/青禾市/鹭汀县") + "&Year=2026");
        Assert.Contains("鹭汀县节日（虚构）", listed, StringComparison.Ordinal);
        Assert.Contains("本区域导入", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("鹭汀县节日（虚构）", await admin.GetStringAsync("/admin/calendar?Year=2026"), StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.Contains(store.Audit.Latest(20), e => e.Action == "calendar-imported" && e.Actor == "admin");
    }

    [Fact]
    public async Task Refuses_a_malformed_calendar_with_the_line_in_chinese_and_stores_nothing()
    {
        using var admin = await app.SignedIn("admin");
        const string Csv = "date,kind,name,source\n2026-06-31,holiday,某节,某通知\n";

        var response = await Import(admin, "青禾省/青禾市/白石区", Encoding.UTF8.GetBytes(Csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 2 行", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.Empty(store.Cases.Calendar("青禾省/青禾市/白石区"));
    }

    private static async Task<HttpResponseMessage> Import(HttpClient admin, string region, byte[] csv)
    {
        var token = await WebForms.Token(admin, "/admin/calendar");
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(csv);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "holidays.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await admin.PostAsync("/admin/calendar?handler=Import&region=" + Uri.EscapeDataString(region), form);
    }
}
