using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Testing;
using Gongkai.Web.Tests;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// Stateless: two instances of the published application (separate processes on loopback ports) on one PostgreSQL
/// database serve the same user, since the data-protection key ring and the sessions are in the store. Signed in on A,
/// the cookie reads a report on B, a form of A is accepted by B (antiforgery token minted by A), and signing out on B
/// ends the session on A.
/// </summary>
public sealed partial class TwoInstancesTests
{
    [PostgresFact]
    public async Task Serves_a_session_begun_on_one_instance_from_another_on_the_same_postgresql_database_and_ends_it_on_both()
    {
        Assert.True(TestDatabase.AdminConnectionString is not null, "GONGKAI_TEST_PG_REQUIRED=1 but GONGKAI_TEST_PG is not set.");
        using var database = TestDatabase.Create();
        // A creates the schema, imports the samples and the demo accounts; B starts on what A left.
        var a = LiveServer.OnStore(database.ConnectionString, demo: true);
        var b = LiveServer.OnStore(database.ConnectionString, demo: false);
        try
        {
            await a.InitializeAsync();
            await b.InitializeAsync();
            // One browser: one cookie jar for both addresses (cookies do not depend on the port), as behind a balancer.
            var cookies = new CookieContainer();
            using var onA = Client(a, cookies);
            using var onB = Client(b, cookies);

            var signIn = await WebForms.Login(onA, "luting", "demo-luting-2026");
            var list = await onB.GetAsync("/reports");
            var listHtml = await list.Content.ReadAsStringAsync();
            var reportPath = ReportLink().Match(listHtml).Value;
            var report = await onB.GetAsync(reportPath);
            var created = await WebForms.Post(onA, "/account/tokens", $"{b.Address}/account/tokens?handler=Create", new Dictionary<string, string> { ["Name"] = "双实例令牌", ["Days"] = "30" });
            var tokensOnA = await onA.GetStringAsync("/account/tokens");
            var signOut = await WebForms.Post(onA, "/reports", $"{b.Address}/logout", new Dictionary<string, string>());
            var afterOnA = await onA.GetAsync("/reports");
            var afterOnB = await onB.GetAsync("/reports");

            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            Assert.Contains("luting（区域管理员）", listHtml, StringComparison.Ordinal);
            Assert.StartsWith("/reports/", reportPath, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            Assert.Contains("双实例令牌", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("双实例令牌", tokensOnA, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, afterOnA.StatusCode);
            Assert.StartsWith("/login", afterOnA.Headers.Location!.OriginalString.Replace(a.Address, "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, afterOnB.StatusCode);
        }
        finally
        {
            await b.DisposeAsync();
            await a.DisposeAsync();
        }
    }

    private static HttpClient Client(LiveServer server, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Address) };

    [GeneratedRegex("/reports/[0-9]+")]
    private static partial Regex ReportLink();
}
