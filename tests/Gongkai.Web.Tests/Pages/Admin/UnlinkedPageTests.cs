using System.Net;
using System.Text;

namespace Gongkai.Web.Tests.Pages.Admin;

/// <summary>
/// 待确认单位: a report whose agency matches no unit is listed and linked to the unit chosen. On its own store: it adds a
/// report, which would change the counts the shared store's tests expect.
/// </summary>
public sealed class UnlinkedPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Links_a_report_that_matched_no_unit_to_the_unit_chosen()
    {
        using var admin = await app.SignedIn("admin");
        // A report by an agency the registry does not hold (a fictional one, the sample's text otherwise).
        var text = (await File.ReadAllTextAsync(Path.Combine(Testing.RepositoryRoot.Samples, "s01-docx-2021-clean.txt"))).Replace("青禾市自然资源和规划局", "青禾市虚构事务服务中心", StringComparison.Ordinal);
        var uploaded = await WebForms.Upload(admin, "/upload", ("unlinked.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        using var store = app.OpenStore();
        var report = Assert.Single(store.UnlinkedReports(), r => r.Agency == "青禾市虚构事务服务中心");
        Assert.Contains($"/reports/{report.ReportId}", await admin.GetStringAsync("/admin/unlinked"), StringComparison.Ordinal);

        var unknown = await WebForms.Post(admin, "/admin/unlinked", "/admin/unlinked", new Dictionary<string, string> { ["reportId"] = $"{report.ReportId}", ["unitCode"] = "QH-NOWHERE" });
        var linked = await WebForms.Post(admin, "/admin/unlinked", "/admin/unlinked", new Dictionary<string, string> { ["reportId"] = $"{report.ReportId}", ["unitCode"] = "QH-RS" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        using var after = app.OpenStore();
        Assert.Equal("QH-RS", after.Reports().Single(r => r.ReportId == report.ReportId).UnitCode);
        Assert.DoesNotContain(after.UnlinkedReports(), r => r.ReportId == report.ReportId);
    }
}
