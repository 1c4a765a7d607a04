using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Web.Tests.Pages.Admin;

/// <summary>操作日志: the audit log filtered by user, action and date, and exported as CSV and XLSX with the same filter.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditPageTests(WebAppFixture app)
{
    [Fact]
    public async Task Shows_sign_ins_in_chinese_and_filters_by_user_and_action()
    {
        using var luting = await app.SignedIn("luting");
        using var admin = await app.SignedIn("admin");

        var html = await admin.GetStringAsync("/admin/audit?Actor=luting&Action=login");

        Assert.Contains("<td>luting</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>登录</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>admin</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>退出</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_nothing_before_the_first_entry_and_today_in_china_time()
    {
        using var admin = await app.SignedIn("admin");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var old = await admin.GetStringAsync("/admin/audit?From=2000-01-01&To=2000-12-31");
        var now = await admin.GetStringAsync($"/admin/audit?From={today}&To={today}&Action=login");

        Assert.Contains("没有符合条件的记录。", old, StringComparison.Ordinal);
        Assert.Contains("<td>登录</td>", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_the_filtered_log_as_csv_with_chinese_headers()
    {
        using var luting = await app.SignedIn("luting");
        using var admin = await app.SignedIn("admin");

        var response = await admin.GetAsync("/admin/audit?handler=Export&format=csv&actor=luting&action=login");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.StartsWith("时间（北京时间）,用户,操作,对象,说明,地址", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length >= 2);
        Assert.All(lines.Skip(1), l => Assert.Contains(",luting,登录,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exports_the_log_as_a_valid_workbook()
    {
        using var admin = await app.SignedIn("admin");

        var response = await admin.GetAsync("/admin/audit?handler=Export&format=xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("操作日志", workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook));
    }

    [Fact]
    public async Task Refuses_the_export_to_a_region_administrator()
    {
        using var luting = await app.SignedIn("luting");

        var response = await luting.GetAsync("/admin/audit?handler=Export&format=csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
