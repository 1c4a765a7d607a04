using System.Net;
using Gongkai.Core.Cases;
using Gongkai.Store;
using Gongkai.Web.Tests.Drafts;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 表三、表四（按办理台账） (/Cases/Tables) and 在线填报's 从办理台账生成表三、表四: a unit's tables from its cases, compared with
/// its stored report (case numbers linking to the case); another unit's or region's is 404; the draft's tables are set
/// from the cases.
/// </summary>
[Collection(DraftsCollection.Name)]
public sealed class TablesFromCasesPageTests(WebAppFixture app)
{
    private const string UnitUser = "tangchuan-zj";
    private const string Unit = "QH-TC-ZJ";

    [Fact]
    public async Task A_unit_sees_its_tables_from_the_cases_with_the_cells_its_report_differs_in_naming_the_cases()
    {
        int year;
        using (var store = app.OpenStore())
        {
            year = store.Reports(new ReportFilter { Scope = AccessScope.All }).Where(r => r.UnitCode == Unit).MinBy(r => r.ReportId)!.Year!.Value;
        }

        var id = Insert($"tables-page-{year}", new DateOnly(year, 3, 2), CaseOutcome.Granted);
        using var client = await app.SignedIn(UnitUser);

        var page = await client.GetStringAsync($"/Cases/Tables?unit={Unit}&year={year}");

        Assert.Contains("按办理台账统计的表格", page, StringComparison.Ordinal);
        Assert.Contains("（一）予以公开", page, StringComparison.Ordinal);
        Assert.Contains("与年度报告的比对", page, StringComparison.Ordinal);
        Assert.Contains("class=\"finding-error\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Cases/Detail?id={id}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UnitUser, "QH-LT-NY", HttpStatusCode.NotFound)]
    [InlineData("luting", Unit, HttpStatusCode.NotFound)]
    [InlineData("luting", "QH-LT-NY", HttpStatusCode.OK)]
    [InlineData("admin", Unit, HttpStatusCode.OK)]
    [InlineData(UnitUser, Unit, HttpStatusCode.OK)]
    public async Task Only_units_in_the_users_scope_have_tables(string user, string unit, HttpStatusCode expected)
    {
        using var client = await app.SignedIn(user);

        var response = await client.GetAsync($"/Cases/Tables?unit={unit}&year=2025");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_public_is_sent_to_sign_in()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync($"/Cases/Tables?unit={Unit}&year=2025");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_draft_button_sets_tables_three_and_four_from_the_cases()
    {
        const int Year = 2019;
        Insert("tables-draft-1", new DateOnly(Year, 5, 6), CaseOutcome.UnavailableNotHeld);
        Insert("tables-draft-2", new DateOnly(Year, 12, 30), null);
        using var client = await app.SignedIn(UnitUser);
        var started = await WebForms.Post(client, "/drafts", "/drafts?handler=Start", new Dictionary<string, string> { ["unitCode"] = Unit, ["year"] = $"{Year}" });
        var id = long.Parse(started.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("从办理台账生成表三、表四", await client.GetStringAsync($"/drafts/{id}"), StringComparison.Ordinal);

        var posted = await WebForms.Post(client, $"/drafts/{id}", $"/drafts/{id}?handler=FromCases", new Dictionary<string, string> { ["revision"] = "1" });
        using var other = await app.SignedIn("luting");
        var forbidden = await WebForms.Post(other, "/drafts", $"/drafts/{id}?handler=FromCases", new Dictionary<string, string> { ["revision"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
        Assert.Contains("已按办理台账生成表三、表四并保存草稿。", await client.GetStringAsync($"/drafts/{id}"), StringComparison.Ordinal);
        using var store = app.OpenStore();
        var draft = store.Drafts.Find(id, AccessScope.All)!;
        Assert.Equal(2, draft.Revision);
        var report = Gongkai.Core.Serialization.ReportJsonReader.Read(draft.Body);
        Assert.Equal(2, report.Requests!.ValueAt("newReceived", "naturalPerson"));
        Assert.Equal(1, report.Requests.ValueAt("unavailable.notHeld", "naturalPerson"));
        Assert.Equal(1, report.Requests.ValueAt("carriedForward", "total"));
    }

    private string Insert(string id, DateOnly received, CaseOutcome? outcome)
    {
        var c = new RequestCase
        {
            Id = id,
            UnitId = Unit,
            Number = id,
            Applicant = new Applicant(ApplicantKind.NaturalPerson, "张某某", null, null, null),
            Channel = SubmissionChannel.InPerson,
            Arrived = received,
            Received = received,
            Content = "某某小区改造工程的规划许可",
        };
        if (outcome is { } decided)
        {
            c = CaseWorkflow.Apply(c, new Decided(received.AddDays(10), "王某某", decided, CaseOutcomes.Basis(decided), null));
        }

        using var store = app.OpenStore();
        store.Cases.Insert(c, null, "王某某");
        return id;
    }
}
