using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Gongkai.Web.Tests.Pages.Cases;

/// <summary>台账导入导出: the template, a unit's register exported and imported back, problems by row, and who may do what.</summary>
[Collection(WebCollection.Name)]
public sealed class RegisterPageTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj"; // QH-TC-ZJ
    private const string RegionUser = "luting"; // 青禾省/青禾市/鹭汀县

    [Fact]
    public async Task Offers_the_template_as_a_workbook()
    {
        using var client = await app.SignedIn(UnitUser);

        var response = await client.GetAsync("/cases/register?handler=Template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task A_units_exported_register_imported_back_changes_nothing()
    {
        using var client = await app.SignedIn(UnitUser);
        var export = await client.GetAsync("/cases/register?handler=Export&Unit=QH-TC-ZJ");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);

        var response = await Import(client, await export.Content.ReadAsByteArrayAsync(), "台账.xlsx", dryRun: true);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("检查完成（未保存）：新增 0 件，更新 0 件，未变 [1-9][0-9]* 件，有问题 0 行", html);
    }

    [Fact]
    public async Task A_row_that_breaks_the_workflow_is_named_in_chinese_and_nothing_is_imported()
    {
        using var client = await app.SignedIn(UnitUser);
        using var before = app.OpenStore();
        var count = before.Cases.List(new Gongkai.Store.Cases.CaseQuery { UnitId = "QH-TC-ZJ", PageSize = 500 }, Gongkai.Store.AccessScope.All).Count;
        const string Csv = "申请编号,收到申请日期,申请人类型,申请人姓名/名称,申请方式,申请内容,经办人,送达日期\n" +
            "WEB-1,2026-03-02,自然人,王某某,当面,某路段改造工程的批复,李某,\n" +
            "WEB-2,2026-03-02,公司,赵某某,当面,某项目的环评报告,李某,2026-03-05\n";

        var response = await Import(client, Encoding.UTF8.GetBytes(Csv), "本单位台账.csv");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 3 行", html, StringComparison.Ordinal);
        Assert.Contains("“公司” 不是可选值", html, StringComparison.Ordinal);
        using var after = app.OpenStore();
        Assert.Equal(count, after.Cases.List(new Gongkai.Store.Cases.CaseQuery { UnitId = "QH-TC-ZJ", PageSize = 500 }, Gongkai.Store.AccessScope.All).Count);
    }

    [Fact]
    public async Task A_region_administrator_may_export_its_units_but_not_import_nor_reach_another_region()
    {
        using var client = await app.SignedIn(RegionUser);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cases/register?handler=Export&Unit=QH-LT-NY")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/cases/register?handler=Export&Unit=QH-TC-ZJ")).StatusCode);
        Assert.DoesNotContain("asp-page-handler=\"Import\"", await client.GetStringAsync("/cases/register"), StringComparison.Ordinal);
        var refused = await Import(client, Encoding.UTF8.GetBytes("申请编号\n"), "台账.csv", unit: "QH-LT-NY");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Sends_an_anonymous_visitor_to_sign_in()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync("/cases/register?handler=Template");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Import(HttpClient client, byte[] content, string name, bool dryRun = false, string? unit = null)
    {
        var token = await WebForms.Token(client, "/cases/register");
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", name);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (dryRun)
        {
            form.Add(new StringContent("true"), "DryRun");
        }

        if (unit is not null)
        {
            form.Add(new StringContent(unit), "Unit");
        }

        return await client.PostAsync("/cases/register?handler=Import", form);
    }
}
