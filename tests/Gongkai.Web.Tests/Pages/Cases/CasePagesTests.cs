using System.Net;

namespace Gongkai.Web.Tests.Pages.Cases;

/// <summary>
/// 办理台账, 登记申请, 申请详情, 逾期统计 and 文书设置: which role opens which page, what each shows, and what the
/// forms refuse (hostile text, a missing antiforgery token, a stale version).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CasePagesTests(WebAppFixture app)
{
    [Theory]
    [InlineData("tangchuan-zj", "/cases", HttpStatusCode.OK)]
    [InlineData("tangchuan-zj", "/cases/new", HttpStatusCode.OK)]
    [InlineData("tangchuan-zj", "/cases/profile", HttpStatusCode.OK)]
    [InlineData("tangchuan-zj", "/cases/overdue", HttpStatusCode.Redirect)]
    [InlineData("luting", "/cases", HttpStatusCode.OK)]
    [InlineData("luting", "/cases/overdue", HttpStatusCode.OK)]
    [InlineData("luting", "/cases/new", HttpStatusCode.Redirect)]
    [InlineData("luting", "/cases/profile", HttpStatusCode.Redirect)]
    [InlineData("admin", "/cases", HttpStatusCode.OK)]
    [InlineData("admin", "/cases/new", HttpStatusCode.OK)]
    [InlineData("admin", "/cases/overdue", HttpStatusCode.OK)]
    [InlineData("admin", "/cases/profile?unit=QH-LT-NY", HttpStatusCode.OK)]
    public async Task Opens_each_page_for_the_roles_that_may_use_it_and_refuses_the_others(string user, string path, HttpStatusCode expected)
    {
        using var client = await app.SignedIn(user);

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/cases")]
    [InlineData("/cases/new")]
    [InlineData("/cases/overdue")]
    [InlineData("/cases/profile")]
    [InlineData("/cases/detail?id=x")]
    public async Task Sends_the_public_to_sign_in(string path)
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_a_units_own_cases_with_the_overdue_one_in_red_and_a_reminder()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var html = await client.GetStringAsync("/cases");

        Assert.Contains("张某某", html, StringComparison.Ordinal);
        Assert.DoesNotContain("陈某某", html, StringComparison.Ordinal);
        Assert.Contains("class=\"days-overdue\">已逾期", html, StringComparison.Ordinal);
        Assert.Contains("办理提醒", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_the_list_to_the_overdue_cases()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var html = await client.GetStringAsync("/cases?filter=overdue");
        var table = html[html.IndexOf("<table class=\"list cases\"", StringComparison.Ordinal)..];

        Assert.Contains("张某某", table, StringComparison.Ordinal);
        Assert.DoesNotContain("王某某", table, StringComparison.Ordinal);
        Assert.DoesNotContain("律师事务所", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_regions_statistics_with_its_units_only()
    {
        using var client = await app.SignedIn("luting");

        var html = await client.GetStringAsync("/cases/overdue");

        Assert.Contains("鹭汀县农业农村局", html, StringComparison.Ordinal);
        Assert.Contains("鹭汀县卫生健康局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("棠川县", html, StringComparison.Ordinal);
        Assert.Contains("合计", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_deadline_its_explanation_and_the_forms_of_the_next_steps()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var id = app.CaseOf("QH-TC-ZJ", "张某某");

        var html = await client.GetStringAsync($"/cases/detail?id={id}");

        Assert.Contains("答复期限", html, StringComparison.Ordinal);
        Assert.Contains("收到申请当日不计入", html, StringComparison.Ordinal);
        Assert.Contains("不计算的日期", html, StringComparison.Ordinal);
        Assert.Contains("id=\"step-CorrectionRequested\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"step-Decided\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_region_administrator_a_case_of_its_region_without_the_forms()
    {
        using var client = await app.SignedIn("luting");
        var id = app.CaseOf("QH-LT-NY", "陈某某");

        var html = await client.GetStringAsync($"/cases/detail?id={id}");

        Assert.Contains("陈某某", html, StringComparison.Ordinal);
        Assert.DoesNotContain("下一步办理", html, StringComparison.Ordinal);
        Assert.DoesNotContain("添加复议或诉讼", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registers_a_case_and_opens_its_detail()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var response = await WebForms.Post(client, "/cases/new", "/cases/new", CaseFixtures.Registration("QH-TC-ZJ", "周某某"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("已登记申请", detail, StringComparison.Ordinal);
        Assert.Contains("周某某", detail, StringComparison.Ordinal);
        Assert.Contains("第三十一条", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stores_a_script_in_a_field_as_text_and_shows_it_escaped()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var fields = CaseFixtures.Registration("QH-TC-ZJ", "<script>alert(1)</script>某某");

        var response = await WebForms.Post(client, "/cases/new", "/cases/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("<script>alert(1)</script>", detail, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;某某", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.ApplicantName", 101, "“申请人姓名或名称”过长")]
    [InlineData("Form.Content", 4001, "“申请内容”过长")]
    public async Task Refuses_an_over_long_field_with_a_Chinese_message_beside_it(string field, int length, string message)
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var fields = CaseFixtures.Registration("QH-TC-ZJ", "某某");
        fields[field] = new string('长', length);

        var response = await WebForms.Post(client, "/cases/new", "/cases/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_control_characters_in_a_name_in_Chinese_without_an_English_word_on_the_form()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var fields = CaseFixtures.Registration("QH-TC-ZJ", "某\u0007某");

        var response = await WebForms.Post(client, "/cases/new", "/cases/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("控制字符（字符编码 0x0007）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_registration_without_the_antiforgery_token()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var response = await client.PostAsync("/cases/new", new FormUrlEncodedContent(CaseFixtures.Registration("QH-TC-ZJ", "孙某某")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_step_on_a_stale_version_and_keeps_what_was_typed()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var registered = await WebForms.Post(client, "/cases/new", "/cases/new", CaseFixtures.Registration("QH-TC-ZJ", "吴某某"));
        var page = registered.Headers.Location!.OriginalString;
        var id = Uri.UnescapeDataString(page[(page.IndexOf("id=", StringComparison.Ordinal) + 3)..]);
        var version = app.Stored(id).Version;
        var step = new Dictionary<string, string>
        {
            ["step.Kind"] = "CorrectionRequested",
            ["step.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["step.Date"] = CaseFixtures.Today(),
            ["step.Items"] = "请写明所需文件的文号。",
            ["step.SupplementDue"] = DateTime.Today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var first = await WebForms.Post(client, page, page + "&handler=Step", step);

        step["step.Items"] = "另一位同事写的补正事项";
        var second = await WebForms.Post(client, page, page + "&handler=Step", step);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("该申请已被他人修改，请刷新后重试", html, StringComparison.Ordinal);
        Assert.Contains("另一位同事写的补正事项", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_script_typed_into_a_steps_reason_as_text_in_the_timeline()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var registered = await WebForms.Post(client, "/cases/new", "/cases/new", CaseFixtures.Registration("QH-TC-ZJ", "钱某某"));
        var page = registered.Headers.Location!.OriginalString;
        var id = Uri.UnescapeDataString(page[(page.IndexOf("id=", StringComparison.Ordinal) + 3)..]);

        var response = await WebForms.Post(client, page, page + "&handler=Step", new Dictionary<string, string>
        {
            ["step.Kind"] = "Withdrawn",
            ["step.Version"] = app.Stored(id).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["step.Date"] = CaseFixtures.Today(),
            ["step.Reason"] = "<img src=x onerror=alert(1)>不再需要",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(page);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;不再需要", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_step_without_the_antiforgery_token()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var id = app.CaseOf("QH-TC-ZJ", "张某某");

        var response = await client.PostAsync($"/cases/detail?id={Uri.EscapeDataString(id)}&handler=Step", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["step.Kind"] = "Withdrawn",
            ["step.Version"] = app.Stored(id).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["step.Date"] = CaseFixtures.Today(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(app.Stored(id).Case.ClosedOn);
    }

    [Fact]
    public async Task Refuses_an_extension_of_more_than_twenty_working_days_with_the_workflows_reason()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var id = app.CaseOf("QH-TC-ZJ", "青禾某某建材有限公司");
        var page = $"/cases/detail?id={Uri.EscapeDataString(id)}";

        var response = await WebForms.Post(client, page, page + "&handler=Step", new Dictionary<string, string>
        {
            ["step.Kind"] = "Extended",
            ["step.Version"] = app.Stored(id).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["step.Date"] = CaseFixtures.Today(),
            ["step.WorkingDays"] = "25",
            ["step.ApprovedBy"] = "赵某某",
            ["step.Reason"] = "材料较多。",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"step-problems\"", html, StringComparison.Ordinal);
        Assert.Contains("20", html[html.IndexOf("id=\"step-problems\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain(app.Stored(id).Case.Steps, s => s is Gongkai.Core.Cases.Extended);
    }

    [Fact]
    public async Task Refuses_a_region_administrator_a_step_on_a_case_it_may_read()
    {
        using var client = await app.SignedIn("luting");
        var id = app.CaseOf("QH-LT-NY", "刘某某");
        var page = $"/cases/detail?id={id}";

        var response = await WebForms.Post(client, page, page + "&handler=Step", new Dictionary<string, string>
        {
            ["step.Kind"] = "Withdrawn",
            ["step.Version"] = app.Stored(id).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["step.Date"] = CaseFixtures.Today(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(app.Stored(id).Case.ClosedOn);
    }

    [Fact]
    public async Task Saves_a_units_letter_particulars_and_refuses_a_bad_email()
    {
        using var client = await app.SignedIn("luting-ny");
        var fields = new Dictionary<string, string>
        {
            ["Form.ReconsiderationBody"] = "鹭汀县人民政府",
            ["Form.Court"] = "鹭汀县人民法院",
            ["Form.ReminderEmail"] = "不是邮箱",
        };

        var refused = await WebForms.Post(client, "/cases/profile", "/cases/profile?handler=Save", fields);
        fields["Form.ReminderEmail"] = "gongkai@example.org";
        var saved = await WebForms.Post(client, "/cases/profile", "/cases/profile?handler=Save", fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不是有效的电子邮箱地址", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("鹭汀县人民法院", await client.GetStringAsync("/cases/profile"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_uploaded_template_that_is_not_a_docx_in_Chinese()
    {
        using var client = await app.SignedIn("luting-ny");
        var token = await WebForms.Token(client, "/cases/profile");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("not a document"u8.ToArray()), "file", "补正告知书.docx" },
        };

        var response = await client.PostAsync("/cases/profile?handler=Template&kind=CorrectionNotice", form);
        var page = await client.GetStringAsync("/cases/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("id=\"profile-problem\">补正告知书.docx（补正告知书）：", page, StringComparison.Ordinal);
        Assert.DoesNotContain("本单位模板", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uses_an_uploaded_template_serves_it_back_and_resets_it_to_the_default()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var template = Gongkai.Reporting.Letters.LetterTemplates.Default(Gongkai.Reporting.Letters.LetterKind.ExtensionNotice);
        var token = await WebForms.Token(client, "/cases/profile");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(template), "file", "本局延期答复告知书.docx" },
        };

        var uploaded = await client.PostAsync("/cases/profile?handler=Template&kind=ExtensionNotice", form);
        var page = await client.GetStringAsync("/cases/profile");
        var current = await client.GetByteArrayAsync("/cases/profile?handler=Current&kind=ExtensionNotice");
        var reset = await WebForms.Post(client, "/cases/profile", "/cases/profile?handler=Reset&kind=ExtensionNotice", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("本单位模板 本局延期答复告知书.docx", page, StringComparison.Ordinal);
        Assert.Equal(template, current);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.DoesNotContain("本局延期答复告知书.docx", await client.GetStringAsync("/cases/profile"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_a_default_template_to_start_from()
    {
        using var client = await app.SignedIn("tangchuan-zj");

        var response = await client.GetAsync("/cases/profile?handler=Default&kind=CorrectionNotice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }
}
