using System.Net;
using System.Text;
using Gongkai.Testing;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 上传 as its script uses it (one file per request to the page's File handler, answered with the file's result lines)
/// and without script (one form post); a report of no unit links to its place in the 待确认单位 queue for a 系统管理员
/// only, the one role that can open the queue. On its own store: it adds reports, which would change the counts the
/// shared store's tests expect.
/// </summary>
public sealed class UploadPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Answers_one_file_with_its_lines_and_links_a_report_of_no_unit_to_the_queue_filtered_to_it()
    {
        using var admin = await app.SignedIn("admin");

        var response = await WebForms.Upload(admin, "/upload?handler=File", ("虚构中心.txt", Report("青禾市虚构档案服务中心")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<ul class=\"upload-results\">", html.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("待确认单位", html, StringComparison.Ordinal);
        Assert.Contains("名录中没有相近的单位", html, StringComparison.Ordinal);
        using var store = app.OpenStore();
        var report = Assert.Single(store.UnlinkedReports(), r => r.Agency == "青禾市虚构档案服务中心");
        Assert.Contains($"href=\"/admin/unlinked?report={report.ReportId}\"", html, StringComparison.Ordinal);
        var queue = await admin.GetStringAsync($"/admin/unlinked?report={report.ReportId}");
        Assert.Contains($"只显示报告 {report.ReportId}", queue, StringComparison.Ordinal);
        Assert.Contains($"/reports/{report.ReportId}", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tells_a_region_administrator_a_report_waits_for_its_unit_without_linking_to_a_queue_it_cannot_open()
    {
        using var luting = await app.SignedIn("luting");

        var response = await WebForms.Upload(luting, "/upload?handler=File", ("另一中心.txt", Report("青禾市虚构测绘服务中心")));
        var queue = await luting.GetAsync("/admin/unlinked");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("待确认单位", html, StringComparison.Ordinal);
        Assert.Contains("请系统管理员在“待确认单位”中确认所属单位", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/unlinked", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task Lists_the_files_of_a_zip_posted_without_script_each_with_its_result()
    {
        using var admin = await app.SignedIn("admin");
        var archive = ZipFiles.Of(("2021/自然资源.txt", await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"))), ("说明.txt", Encoding.UTF8.GetBytes("这不是年度报告。")));

        var response = await WebForms.Upload(admin, "/upload", ("年报.zip", archive));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("年报.zip/2021/自然资源.txt", html, StringComparison.Ordinal);
        Assert.Contains("年报.zip/说明.txt", html, StringComparison.Ordinal);
        Assert.Contains("重复", html, StringComparison.Ordinal);
        Assert.Contains("无法读取", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_file_handler_post_without_the_antiforgery_token()
    {
        using var admin = await app.SignedIn("admin");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("x")), "files", "a.txt" } };

        var response = await admin.PostAsync("/upload?handler=File", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // The sample's text under an agency the registry does not hold (a fictional one).
    private static byte[] Report(string agency) =>
        Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt")).Replace("青禾市自然资源和规划局", agency, StringComparison.Ordinal));
}
